package org.factdesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.testing.Api;
import org.factdesk.testing.Docs;
import org.factdesk.testing.KeycloakFixture;
import org.factdesk.testing.RouterCapture;
import org.junit.jupiter.api.Test;

/**
 * Every route the running application serves, read from its OpenAPI document (all JAX-RS
 * resources, pages included) and its Vert.x router, tried by every kind of caller, against
 * the access table below. A route missing from the table fails the test, so a new endpoint
 * cannot slip in without someone deciding who may use it. Under /api/ a refusal is 401 (no
 * usable bearer token) or 403 (a valid token without the role), never a redirect: a 3xx from
 * an /api/ route, for any caller and method, fails. docs/SECURITY.md quotes the counts.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Who may use a route. Roles nest: admin ⊃ editor ⊃ reviewer. */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        REVIEWER,
        EDITOR,
        ADMIN
    }

    static final Map<String, Access> TABLE = new LinkedHashMap<>();

    static {
        // The public site and its formats.
        for (String route : List.of(
                "GET /",
                "GET /claims",
                "GET /claims/{key}",
                "GET /claims/{id}.annotation.jsonld",
                "GET /claims.atom",
                "GET /claims.csv",
                "GET /articles/{id}",
                "GET /about/{page}",
                "GET /api/public/claims",
                "GET /ratings.css",
                "GET /colours.css",
                "GET /webjars/")) {
            TABLE.put(route, Access.PUBLIC);
        }
        // Operations: probes and Prometheus (k8s scrapes them; they show no claim or person).
        for (String route : List.of(
                "GET /q/",
                "GET /q/health",
                "GET /q/health/live",
                "GET /q/health/ready",
                "GET /q/health/started",
                "GET /q/health/well",
                "GET /q/health/group",
                "GET /q/health/group/*",
                "GET /q/metrics",
                "GET /q/openapi",
                "GET /q/openapi.json",
                "GET /q/openapi.yaml",
                "GET /q/openapi.yml")) {
            TABLE.put(route, Access.PUBLIC);
        }
        // Any signed-in person: the workspace shell and its live stream.
        for (String route : List.of(
                "GET /workspace",
                "GET /workspace/lists",
                "GET /workspace/events",
                "POST /workspace/events/{tab}/leave")) {
            TABLE.put(route, Access.SIGNED_IN);
        }
        // Reviewers (and so editors and admins): the daily work, pages and API.
        for (String route : List.of(
                "GET /api/articles",
                "POST /api/articles",
                "GET /api/articles/{id}",
                "POST /api/articles/{id}/versions",
                "GET /api/articles/{id}/versions/pending",
                "POST /api/claims/{id}/anchor/confirm",
                "PUT /api/claims/{id}/anchor",
                "POST /workspace/articles/{id}/versions",
                "GET /workspace/articles/{id}/corrections",
                "GET /workspace/articles/{id}/corrections/queue",
                "POST /workspace/claims/{claimId}/anchor/confirm",
                "POST /workspace/claims/{claimId}/anchor",
                "PUT /api/claims/{id}/details",
                "POST /workspace/claims/{claimId}/details",
                "GET /api/claims/{id}/similar",
                "PUT /api/claims/{id}/repeat-of",
                "DELETE /api/claims/{id}/repeat-of",
                "POST /workspace/claims/{claimId}/repeat",
                "POST /workspace/claims/{claimId}/repeat/remove",
                "GET /api/articles/{id}/suggestions",
                "POST /api/articles/{id}/suggestions/dismissals",
                "DELETE /api/articles/{id}/suggestions/dismissals",
                "POST /workspace/articles/{id}/suggestions/claim",
                "GET /workspace/articles/{id}/suggestions",
                "POST /workspace/articles/{id}/suggestions/dismiss",
                "POST /workspace/articles/{id}/suggestions/restore",
                "POST /api/articles/{id}/claims",
                "GET /api/claims",
                "GET /api/claims/{id}",
                "GET /api/claims/{id}/history",
                "POST /api/claims/{id}/transitions",
                "PUT /api/claims/{id}/verdict",
                "GET /api/claims/{claimId}/comments",
                "POST /api/claims/{claimId}/comments",
                "PUT /api/claims/{claimId}/comments/{commentId}/resolution",
                "GET /api/claims/{claimId}/sources",
                "POST /api/claims/{claimId}/sources",
                "PUT /api/claims/{claimId}/sources/{sourceId}",
                "DELETE /api/claims/{claimId}/sources/{sourceId}",
                "GET /api/people",
                "GET /api/ratings",
                "GET /api/workflow",
                "GET /workspace/articles",
                "POST /workspace/articles",
                "GET /workspace/articles/{id}",
                "POST /workspace/articles/{id}/claims",
                "GET /workspace/articles/{id}/claims/{claimId}",
                "GET /workspace/articles/{id}/presence",
                "GET /workspace/articles/{id}/text",
                "GET /workspace/claims",
                "POST /workspace/claims/{claimId}/comments",
                "POST /workspace/claims/{claimId}/comments/{commentId}/resolve",
                "POST /workspace/claims/{claimId}/sources",
                "POST /workspace/claims/{claimId}/sources/{sourceId}",
                "POST /workspace/claims/{claimId}/sources/{sourceId}/remove",
                "GET /workspace/claims/{claimId}/status",
                "GET /workspace/claims/{claimId}/bar",
                "GET /workspace/claims/{claimId}/preview",
                "POST /workspace/claims/{claimId}/transition",
                "POST /workspace/claims/{claimId}/verdict",
                "GET /workspace/workflow")) {
            TABLE.put(route, Access.REVIEWER);
        }
        // Editors: the approval queue (who may approve what is the workflow's business).
        TABLE.put("GET /workspace/queue", Access.EDITOR);
        TABLE.put("GET /workspace/queue/items", Access.EDITOR);
        // Admins: the rating scale.
        for (String route : List.of(
                "POST /api/ratings",
                "PUT /api/ratings",
                "PUT /api/ratings/{id}",
                "GET /workspace/settings",
                "POST /workspace/settings/ratings",
                "POST /workspace/settings/ratings/{id}",
                "POST /workspace/settings/ratings/{id}/move")) {
            TABLE.put(route, Access.ADMIN);
        }
    }

    /** What a route answered: its status and, for a redirect, where to. */
    record Answer(int status, String location) {
        /** Refused: 401, 403, or a redirect to Keycloak's login page (pages only; the API never redirects). */
        boolean allowed() {
            boolean toLogin = status >= 300
                    && status < 400
                    && (location.contains("/realms/") || location.contains("/protocol/openid-connect/"));
            return status != 401 && status != 403 && !toLogin;
        }
    }

    /** A caller: a bearer token, browser session cookies, or nothing. */
    record Caller(String name, String bearer, String cookies, String csrf, Set<Access> grants) {}

    @TestHTTPResource("/")
    URL base;

    /** Responses without the security headers, whatever their status. */
    private final List<String> headerProblems = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
        List<String> routes = servedRoutes();
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(TABLE.keySet());
        assertTrue(missing.isEmpty(), "routes the application serves that the access table does not cover: " + missing);

        Map<String, String> ids = fixtures();
        List<Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        int apiPairs = 0;
        Map<Integer, Integer> apiRefusals = new java.util.TreeMap<>();
        for (String route : routes) {
            for (Caller caller : callers) {
                Access access = TABLE.get(route);
                String method = route.substring(0, route.indexOf(' '));
                String path = fill(route.substring(route.indexOf(' ') + 1), ids);
                Answer answer = call(method, path, caller);
                int status = answer.status();
                boolean api = path.startsWith("/api/");
                boolean expected = expected(caller, access, path);
                checked++;
                apiPairs += api ? 1 : 0;
                if (status >= 500) {
                    wrong.add(route + " as " + caller.name() + ": " + status);
                } else if (api && status >= 300 && status < 400) {
                    // A client of the API cannot follow a redirect to Keycloak's login page.
                    wrong.add(route + " as " + caller.name() + ": " + status + " redirect to " + answer.location()
                            + " (the API answers 401 or 403, never a redirect)");
                } else if (answer.allowed() != expected) {
                    wrong.add(route + " as " + caller.name() + ": " + status
                            + (expected ? " (should be let in)" : " (should be refused)"));
                } else if (api && !expected) {
                    // No usable bearer token (none, a session, another client's, expired, garbled): 401.
                    // A valid token without the role: 403.
                    int must = caller.name().startsWith("api-") ? 403 : 401;
                    apiRefusals.merge(status, 1, Integer::sum);
                    if (status != must) {
                        wrong.add(route + " as " + caller.name() + ": " + status + " (should be " + must + ")");
                    }
                }
            }
        }
        assertTrue(
                headerProblems.isEmpty(),
                headerProblems.size() + " responses lack security headers:\n  " + String.join("\n  ", headerProblems));
        long apiRoutes = routes.stream().filter(r -> r.contains(" /api/")).count();
        System.out.printf(
                "access matrix (and security headers on each response): %d routes x %d callers = %d requests checked%n",
                routes.size(), callers.size(), checked);
        System.out.printf(
                "access matrix, API: %d /api/ routes x %d callers = %d requests, refusals by status %s,"
                        + " no redirect allowed%n",
                apiRoutes, callers.size(), apiPairs, apiRefusals);
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + checked + " route/caller pairs disagree with the table:\n  "
                    + String.join("\n  ", wrong));
        }
        Docs.assertQuotes(
                "docs/SECURITY.md",
                "\\*\\*(\\d+) routes × (\\d+) callers = ([\\d,]+) requests\\*\\*",
                routes.size(),
                callers.size(),
                checked);
        Docs.assertQuotes("docs/SECURITY.md", "tries each with (\\d+) callers", callers.size());
        Docs.assertQuotes("docs/SECURITY.md", "checks the first three on all\\s+([\\d,]+) responses", checked);
        Docs.assertQuotes("docs/SECURITY.md", "every refusal on the\\s+(\\d+) `/api/` routes", apiRoutes);
    }

    /**
     * Pages take browser sessions, the JSON API takes bearer tokens: a session means nothing
     * under /api/ and a token means nothing on a page, so either is let in only where it
     * belongs (public routes excepted). A token Factdesk cannot accept (another client's,
     * expired, garbled) is refused on the API even where no token is needed, so a client
     * learns its credentials are wrong instead of silently acting anonymously.
     */
    private static boolean expected(Caller caller, Access access, String path) {
        boolean api = path.startsWith("/api/");
        boolean validToken = caller.name().startsWith("api-");
        if (caller.bearer() != null && !validToken) {
            return access == Access.PUBLIC && !api;
        }
        if (access == Access.PUBLIC) {
            return true;
        }
        if (caller.cookies() != null && api || validToken && !api) {
            return false;
        }
        return caller.grants().contains(access);
    }

    /** "METHOD /path/{param}" for every JAX-RS operation and every fixed-path Vert.x route. */
    private List<String> servedRoutes() throws Exception {
        JsonNode openapi = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Set<String> routes = new TreeSet<>();
        openapi.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                        routes.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        for (String path : RouterCapture.paths()) {
            routes.add("GET " + path);
        }
        assertTrue(routes.size() > 50, "the route list is read from the app: " + routes.size());
        return List.copyOf(routes);
    }

    private static Map<String, String> fixtures() {
        long article = Api.seedArticle();
        long claim = Api.claim("alice", article, "lowest since the end of the Cold War");
        long source = Api.addSource(
                        "alice",
                        claim,
                        Map.of(
                                "url",
                                "https://example.org/matrix",
                                "title",
                                "Matrix source",
                                "publisher",
                                "Example",
                                "stance",
                                "supports",
                                "kind",
                                "primary"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("source.id");
        long comment = Api.as("alice")
                .body(Map.of("body", "Matrix comment"))
                .post("/api/claims/{id}/comments", claim)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long published = Api.publishedClaim(
                Api.article("Matrix article", "Parcel prices rose 4 percent."), "Parcel prices rose 4 percent");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("{id}.annotation.jsonld", published + ".annotation.jsonld");
        ids.put("/claims/{key}", "/claims/" + published);
        ids.put(
                "/articles/{id}",
                "/articles/"
                        + Api.as("alice")
                                .get("/api/claims/{id}", published)
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("articleId"));
        ids.put("{id}", String.valueOf(article));
        ids.put("{claimId}", String.valueOf(claim));
        ids.put("{sourceId}", String.valueOf(source));
        ids.put("{commentId}", String.valueOf(comment));
        ids.put("{page}", "methodology");
        ids.put("{tab}", "matrix-tab");
        ids.put("/*", "/ready");
        return ids;
    }

    private static String fill(String template, Map<String, String> ids) {
        String path = template;
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    private List<Caller> callers() throws Exception {
        Set<Access> reviewer = Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.REVIEWER);
        Set<Access> editor = Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.REVIEWER, Access.EDITOR);
        Set<Access> admin = Set.of(Access.values());
        String expired = KeycloakFixture.shortLivedToken("admin");
        Thread.sleep((KeycloakFixture.SHORT_LIVED_SECONDS + 2) * 1000L);
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", null, null, null, Set.of(Access.PUBLIC)));
        callers.add(session("alice", reviewer));
        callers.add(session("erin", editor));
        callers.add(session("admin", admin));
        callers.add(new Caller("api-reviewer", KeycloakFixture.tokenFor("alice"), null, null, reviewer));
        callers.add(new Caller("api-editor", KeycloakFixture.tokenFor("erin"), null, null, editor));
        callers.add(new Caller("api-admin", KeycloakFixture.tokenFor("admin"), null, null, admin));
        callers.add(new Caller(
                "token-of-another-client",
                KeycloakFixture.otherClientToken("admin"),
                null,
                null,
                Set.of(Access.PUBLIC)));
        callers.add(new Caller("expired-token", expired, null, null, Set.of(Access.PUBLIC)));
        callers.add(new Caller(
                "garbled-token",
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl",
                null,
                null,
                Set.of(Access.PUBLIC)));
        return callers;
    }

    /**
     * A browser session: cookies from a real login, and the CSRF token, so that form posts are
     * judged on the role alone. A session grants nothing on /api/ (bearer tokens only there).
     */
    private Caller session(String user, Set<Access> grants) throws Exception {
        org.factdesk.testing.Session session = org.factdesk.testing.Session.logIn(base, user);
        return new Caller("session-" + user, null, session.cookies(), session.csrf(), grants);
    }

    /** CSP without inline script and with frame-ancestors, nosniff, a Referrer-Policy. */
    private static String missingSecurityHeaders(HttpResponse<?> response) {
        List<String> missing = new ArrayList<>();
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        if (!csp.contains("script-src 'self'")
                || csp.contains("unsafe-inline")
                || !csp.contains("frame-ancestors 'none'")) {
            missing.add("Content-Security-Policy [" + csp + "]");
        }
        if (!"nosniff"
                .equals(response.headers().firstValue("X-Content-Type-Options").orElse(""))) {
            missing.add("X-Content-Type-Options");
        }
        if (response.headers().firstValue("Referrer-Policy").isEmpty()) {
            missing.add("Referrer-Policy");
        }
        return String.join(", ", missing);
    }

    private Answer call(String method, String path, Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(20));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (caller.bearer() != null) {
            request.header("Authorization", "Bearer " + caller.bearer());
        }
        if (caller.cookies() != null) {
            request.header("Cookie", caller.cookies());
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            if (path.startsWith("/api/")) {
                request.header("Content-Type", "application/json");
                body = HttpRequest.BodyPublishers.ofString("{}");
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                body = HttpRequest.BodyPublishers.ofString(caller.csrf() == null ? "" : "csrf-token=" + caller.csrf());
            }
        }
        HttpResponse<InputStream> response =
                http.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream stream = response.body()) {
            // The event stream never ends: the status and headers are all this test needs.
            if (!path.equals("/workspace/events")) {
                stream.readAllBytes();
            }
        }
        String headers = missingSecurityHeaders(response);
        if (!headers.isEmpty()) {
            headerProblems.add(
                    method + " " + path + " as " + caller.name() + " (" + response.statusCode() + "): " + headers);
        }
        return new Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(""));
    }
}

package org.factdesk.security;

import static io.restassured.RestAssured.given;
import static org.factdesk.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * Every API operation and every form post that changes a claim names the version of the claim
 * it is based on (the API answers 428 without one). A change based on an older version is
 * refused (409, nothing changed) when a colleague changed the same thing since, and goes through
 * when the colleague changed something else: two people may add a source and write the verdict
 * at once (issue 17). The operations are read from the running application: one under a claim's
 * address that is not listed here, as a change or as not one, fails the test.
 */
@QuarkusTest
class StaleVersionEverywhereTest {

    /**
     * A claim-changing operation: its route, its body (null: none), what a colleague does that
     * collides with it (null: nothing does), and what has to be true first (null: nothing).
     */
    record Op(
            String route,
            Function<Fixture, Map<String, Object>> body,
            Consumer<Fixture> colliding,
            Consumer<Fixture> before) {
        Op(String route, Function<Fixture, Map<String, Object>> body, Consumer<Fixture> colliding) {
            this(route, body, colliding, null);
        }
    }

    /** What the operations need: a claim waiting after a correction, a source of it, an original with a verdict. */
    record Fixture(long claim, long source, long original, String text) {}

    /** The changes a colleague (bob) makes. */
    static void dismiss(Fixture f) {
        Api.move("admin", f.claim(), "dismiss", "a colleague dismissed it");
    }

    static void verdict(Fixture f) {
        Api.verdict("bob", f.claim(), Api.rating("False"), "A colleague's verdict.")
                .then()
                .statusCode(200);
    }

    static void details(Fixture f) {
        as("bob")
                .body(map("version", Api.version(f.claim()), "claimant", "A colleague's claimant"))
                .put("/api/claims/{id}/details", f.claim())
                .then()
                .statusCode(200);
    }

    static void editSource(Fixture f) {
        as("bob")
                .body(map(
                        "version", Api.version(f.claim()),
                        "url", "https://example.org/colleague",
                        "title", "A colleague's title",
                        "stance", "supports"))
                .put("/api/claims/{claimId}/sources/{sourceId}", f.claim(), f.source())
                .then()
                .statusCode(200);
    }

    static void link(Fixture f) {
        as("bob")
                .body(map("version", Api.version(f.claim()), "claimId", f.original()))
                .put("/api/claims/{id}/repeat-of", f.claim())
                .then()
                .statusCode(200);
    }

    static void unlink(Fixture f) {
        as("bob")
                .queryParam("version", Api.version(f.claim()))
                .delete("/api/claims/{id}/repeat-of", f.claim())
                .then()
                .statusCode(200);
    }

    static void settleQuote(Fixture f) {
        String exact = "The deficit fell to 2.5 percent";
        int start = f.text().indexOf(exact);
        as("bob")
                .body(map(
                        "version",
                        Api.version(f.claim()),
                        "start",
                        start,
                        "end",
                        start + exact.length(),
                        "exact",
                        exact))
                .put("/api/claims/{id}/anchor", f.claim())
                .then()
                .statusCode(200);
    }

    /** Something else: a new source, which collides with nothing. */
    static void addSource(Fixture f) {
        Api.addSource(
                        "bob",
                        f.claim(),
                        Map.of(
                                "url",
                                "https://example.org/other-" + System.nanoTime(),
                                "title",
                                "Other",
                                "stance",
                                "context"))
                .then()
                .statusCode(201);
    }

    static final List<Op> API = List.of(
            new Op(
                    "POST /api/claims/{id}/transitions",
                    f -> map("action", "dismiss", "reason", "duplicate"),
                    StaleVersionEverywhereTest::dismiss),
            new Op(
                    "PUT /api/claims/{id}/verdict",
                    f -> map("ratingId", Api.rating("True"), "conclusion", "Stale."),
                    StaleVersionEverywhereTest::verdict),
            new Op(
                    "PUT /api/claims/{id}/details",
                    f -> map("claimant", "Someone else"),
                    StaleVersionEverywhereTest::details),
            new Op(
                    "POST /api/claims/{claimId}/sources",
                    f -> map("url", "https://example.org/s", "title", "S", "stance", "context"),
                    null),
            new Op(
                    "PUT /api/claims/{claimId}/sources/{sourceId}",
                    f -> map("url", "https://example.org/s", "title", "S2", "stance", "context"),
                    StaleVersionEverywhereTest::editSource),
            new Op(
                    "DELETE /api/claims/{claimId}/sources/{sourceId}",
                    f -> null,
                    StaleVersionEverywhereTest::editSource),
            new Op(
                    "PUT /api/claims/{id}/repeat-of",
                    f -> map("claimId", f.original()),
                    StaleVersionEverywhereTest::link),
            new Op(
                    "DELETE /api/claims/{id}/repeat-of",
                    f -> null,
                    StaleVersionEverywhereTest::unlink,
                    StaleVersionEverywhereTest::link),
            new Op("POST /api/claims/{id}/anchor/confirm", f -> map(), StaleVersionEverywhereTest::settleQuote),
            new Op(
                    "PUT /api/claims/{id}/anchor",
                    f -> map("start", 0, "end", 3, "exact", "The"),
                    StaleVersionEverywhereTest::settleQuote));

    static final List<Op> FORMS = List.of(
            new Op(
                    "POST /workspace/claims/{claimId}/transition",
                    f -> map("action", "dismiss", "reason", "duplicate"),
                    StaleVersionEverywhereTest::dismiss),
            new Op(
                    "POST /workspace/claims/{claimId}/verdict",
                    f -> map("ratingId", Api.rating("True"), "conclusion", "Stale."),
                    StaleVersionEverywhereTest::verdict),
            new Op(
                    "POST /workspace/claims/{claimId}/details",
                    f -> map("claimant", "Someone else"),
                    StaleVersionEverywhereTest::details),
            new Op(
                    "POST /workspace/claims/{claimId}/sources",
                    f -> map("url", "https://example.org/s", "title", "S", "stance", "context"),
                    null),
            new Op(
                    "POST /workspace/claims/{claimId}/sources/{sourceId}",
                    f -> map("url", "https://example.org/s", "title", "S2", "stance", "context"),
                    StaleVersionEverywhereTest::editSource),
            new Op(
                    "POST /workspace/claims/{claimId}/sources/{sourceId}/remove",
                    f -> map(),
                    StaleVersionEverywhereTest::editSource),
            new Op(
                    "POST /workspace/claims/{claimId}/repeat",
                    f -> map("claimId", f.original()),
                    StaleVersionEverywhereTest::link),
            new Op(
                    "POST /workspace/claims/{claimId}/repeat/remove",
                    f -> map(),
                    StaleVersionEverywhereTest::unlink,
                    StaleVersionEverywhereTest::link),
            new Op(
                    "POST /workspace/claims/{claimId}/anchor/confirm",
                    f -> map(),
                    StaleVersionEverywhereTest::settleQuote),
            new Op(
                    "POST /workspace/claims/{claimId}/anchor",
                    f -> map("start", 0, "end", 3, "exact", "The"),
                    StaleVersionEverywhereTest::settleQuote));

    /** Operations under a claim's address that do not change the claim (comments are a thread beside it). */
    static final Set<String> NOT_A_CLAIM_CHANGE = Set.of(
            "POST /api/claims/{claimId}/comments",
            "PUT /api/claims/{claimId}/comments/{commentId}/resolution",
            "POST /workspace/claims/{claimId}/comments",
            "POST /workspace/claims/{claimId}/comments/{commentId}/resolve");

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyClaimChangingOperationIsListed() throws Exception {
        JsonNode openapi = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Set<String> served = new TreeSet<>();
        openapi.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("post", "put", "delete", "patch").contains(method)
                            && (path.getKey().startsWith("/api/claims/")
                                    || path.getKey().startsWith("/workspace/claims/"))) {
                        served.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        Set<String> listed = new TreeSet<>(NOT_A_CLAIM_CHANGE);
        API.forEach(op -> listed.add(op.route()));
        FORMS.forEach(op -> listed.add(op.route()));
        assertEquals(listed, served, "operations that change a claim, read from the application");
    }

    @Test
    void theApiRefusesOnlyRealConflictsAndMissingVersions() {
        List<String> failures = new ArrayList<>();
        for (Op op : API) {
            Response missing = send(op, fixture(), null);
            if (missing.statusCode() != 428) {
                failures.add(
                        op.route() + " without a version answered " + missing.statusCode() + " " + missing.asString());
            }
        }
        int[] counts = collide(API, failures, "stale-version", (op, f, version) -> {
            Response r = send(op, f, version);
            return new Answer(r.statusCode(), r.asString());
        });
        System.out.printf(
                "stale versions: %d API operations refuse a colliding change (409), %d go through after another"
                        + " change, all refuse a missing version (428)%n",
                counts[0], counts[1]);
        assertEquals(List.of(), failures);
    }

    @Test
    void everyFormRefusesOnlyRealConflicts() throws Exception {
        Session erin = Session.logIn(base, "erin");
        List<String> failures = new ArrayList<>();
        int[] counts = collide(FORMS, failures, "Reload", (op, f, version) -> {
            HttpResponse<String> r = post(erin, op, f, version);
            return new Answer(r.statusCode(), r.body());
        });
        System.out.printf(
                "stale versions: %d form posts refuse a colliding change (409), %d go through after another change%n",
                counts[0], counts[1]);
        assertEquals(List.of(), failures);
    }

    /** A response: its status and body. */
    record Answer(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body.substring(0, Math.min(300, body.length()));
        }
    }

    /** Sends an operation based on a version, over the API or as a form. */
    interface Sender {
        Answer send(Op op, Fixture f, long version) throws Exception;
    }

    /**
     * For each operation: after a colleague's colliding change it must be refused (409 whose body
     * says {@code refusal}) and change nothing; after a colleague only added a source it must go
     * through. Returns how many were refused and how many went through.
     */
    private static int[] collide(List<Op> ops, List<String> failures, String refusal, Sender sender) {
        int refused = 0;
        int accepted = 0;
        for (Op op : ops) {
            try {
                if (op.colliding() != null) {
                    Fixture g = fixture();
                    prepare(op, g);
                    long seen = Api.version(g.claim());
                    op.colliding().accept(g);
                    long now = Api.version(g.claim());
                    Answer stale = sender.send(op, g, seen);
                    if (stale.status() != 409 || !stale.body().contains(refusal)) {
                        failures.add(op.route() + " after a colleague's colliding change answered " + stale);
                    } else {
                        refused++;
                    }
                    if (Api.version(g.claim()) != now) {
                        failures.add(op.route() + " changed the claim although refused");
                    }
                }
                Fixture h = fixture();
                prepare(op, h);
                long seen = Api.version(h.claim());
                addSource(h);
                Answer other = sender.send(op, h, seen);
                if (other.status() == 409 && other.body().contains(refusal)) {
                    failures.add(op.route() + " was refused after a colleague only added a source: " + other);
                } else {
                    accepted++;
                }
            } catch (Exception e) {
                throw new AssertionError(op.route(), e);
            }
        }
        return new int[] {refused, accepted};
    }

    private static void prepare(Op op, Fixture f) {
        if (op.before() != null) {
            op.before().accept(f);
        }
    }

    private static HttpResponse<String> post(Session session, Op op, Fixture f, long version) throws Exception {
        Map<String, String> fields = new HashMap<>();
        op.body().apply(f).forEach((k, v) -> fields.put(k, String.valueOf(v)));
        fields.put("version", String.valueOf(version));
        return session.postForm(fill(op.route().substring("POST ".length()), f), fields);
    }

    private static Response send(Op op, Fixture f, Long version) {
        String[] parts = op.route().split(" ", 2);
        Map<String, Object> body = op.body().apply(f);
        RequestSpecification request = as("erin");
        if (body == null) {
            if (version != null) {
                request.queryParam("version", version);
            }
        } else {
            Map<String, Object> withVersion = new LinkedHashMap<>(body);
            if (version != null) {
                withVersion.put("version", version);
            }
            request.body(withVersion);
        }
        return request.request(parts[0], fill(parts[1], f));
    }

    private static String fill(String template, Fixture f) {
        return template.replace("{id}", String.valueOf(f.claim()))
                .replace("{claimId}", String.valueOf(f.claim()))
                .replace("{sourceId}", String.valueOf(f.source()));
    }

    /** A claim in research with a source, whose quote a correction left waiting; and an original with a verdict. */
    private static Fixture fixture() {
        String place = "Stale " + System.nanoTime();
        long original = Api.submittedClaim(
                Api.article(place + " first", "The deficit fell to 2.4 percent in May."),
                "The deficit fell to 2.4 percent");
        long article =
                Api.article(place, "The report came out. The deficit fell to 2.4 percent in May. Ministers smiled.");
        long claim = Api.claim("alice", article, "The deficit fell to 2.4 percent");
        Api.move("alice", claim, "start", null);
        long source = Api.addSource(
                        "alice",
                        claim,
                        Map.of("url", "https://example.org/deficit", "title", "Deficit", "stance", "supports"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("source.id");
        String corrected = "The report came out. The deficit fell to 2.5 percent in May. Ministers smiled.";
        as("alice")
                .body(Map.of("text", corrected))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201);
        assertTrue(Api.version(claim) >= 1);
        return new Fixture(claim, source, original, corrected);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

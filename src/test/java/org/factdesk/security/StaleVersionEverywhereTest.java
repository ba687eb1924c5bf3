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
import java.util.function.Function;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * Every API operation and every form post that changes a claim refuses a change based on a
 * stale version (409, nothing changed) and, on the API, one that names no version (428). The
 * operations are read from the running application: one under a claim's address that is not
 * listed here, as a change or as not one, fails the test.
 */
@QuarkusTest
class StaleVersionEverywhereTest {

    /** The claim-changing operations and how to call each (the claim and the version to send; null: none). */
    record Op(String route, Function<Fixture, Map<String, Object>> body) {}

    /** What the operations need: a claim waiting after a correction, a source of it, an original with a verdict. */
    record Fixture(long claim, long source, long original) {}

    static final List<Op> API = List.of(
            new Op("POST /api/claims/{id}/transitions", f -> map("action", "start")),
            new Op("PUT /api/claims/{id}/verdict", f -> map("ratingId", Api.rating("True"), "conclusion", "Stale.")),
            new Op("PUT /api/claims/{id}/details", f -> map("claimant", "Someone else")),
            new Op(
                    "POST /api/claims/{claimId}/sources",
                    f -> map("url", "https://example.org/s", "title", "S", "stance", "context")),
            new Op(
                    "PUT /api/claims/{claimId}/sources/{sourceId}",
                    f -> map("url", "https://example.org/s", "title", "S2", "stance", "context")),
            new Op("DELETE /api/claims/{claimId}/sources/{sourceId}", f -> null),
            new Op("PUT /api/claims/{id}/repeat-of", f -> map("claimId", f.original())),
            new Op("DELETE /api/claims/{id}/repeat-of", f -> null),
            new Op("POST /api/claims/{id}/anchor/confirm", f -> map()),
            new Op("PUT /api/claims/{id}/anchor", f -> map("start", 0, "end", 3, "exact", "The")));

    static final List<Op> FORMS = List.of(
            new Op("POST /workspace/claims/{claimId}/transition", f -> map("action", "start")),
            new Op(
                    "POST /workspace/claims/{claimId}/verdict",
                    f -> map("ratingId", Api.rating("True"), "conclusion", "Stale.")),
            new Op("POST /workspace/claims/{claimId}/details", f -> map("claimant", "Someone else")),
            new Op(
                    "POST /workspace/claims/{claimId}/sources",
                    f -> map("url", "https://example.org/s", "title", "S", "stance", "context")),
            new Op(
                    "POST /workspace/claims/{claimId}/sources/{sourceId}",
                    f -> map("url", "https://example.org/s", "title", "S2", "stance", "context")),
            new Op("POST /workspace/claims/{claimId}/sources/{sourceId}/remove", f -> map()),
            new Op("POST /workspace/claims/{claimId}/repeat", f -> map("claimId", f.original())),
            new Op("POST /workspace/claims/{claimId}/repeat/remove", f -> map()),
            new Op("POST /workspace/claims/{claimId}/anchor/confirm", f -> map()),
            new Op("POST /workspace/claims/{claimId}/anchor", f -> map("start", 0, "end", 3, "exact", "The")));

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
    void theApiRefusesStaleAndMissingVersions() {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        for (Op op : API) {
            long before = Api.version(f.claim());
            Response stale = send(op, f, before - 1);
            Response missing = send(op, f, null);
            if (stale.statusCode() != 409 || !stale.asString().contains("stale-version")) {
                failures.add(
                        op.route() + " with a stale version answered " + stale.statusCode() + " " + stale.asString());
            }
            if (missing.statusCode() != 428) {
                failures.add(
                        op.route() + " without a version answered " + missing.statusCode() + " " + missing.asString());
            }
            if (Api.version(f.claim()) != before) {
                failures.add(op.route() + " changed the claim although refused");
            }
        }
        System.out.printf(
                "stale versions: %d API operations refuse stale (409) and missing (428) versions%n",
                API.size() - failures.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void everyFormRefusesAStaleVersion() throws Exception {
        Fixture f = fixture();
        Session erin = Session.logIn(base, "erin");
        List<String> failures = new ArrayList<>();
        for (Op op : FORMS) {
            long before = Api.version(f.claim());
            Map<String, String> fields = new HashMap<>();
            op.body().apply(f).forEach((k, v) -> fields.put(k, String.valueOf(v)));
            fields.put("version", String.valueOf(before - 1));
            HttpResponse<String> response = erin.postForm(fill(op.route().substring("POST ".length()), f), fields);
            if (response.statusCode() != 409 || !response.body().contains("Reload")) {
                failures.add(op.route() + " answered " + response.statusCode());
            }
            if (Api.version(f.claim()) != before) {
                failures.add(op.route() + " changed the claim although refused");
            }
        }
        System.out.printf(
                "stale versions: %d form posts refuse a stale version (409)%n", FORMS.size() - failures.size());
        assertEquals(List.of(), failures);
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
        as("alice")
                .body(Map.of("text", "The report came out. The deficit fell to 2.5 percent in May. Ministers smiled."))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201);
        assertTrue(Api.version(claim) >= 1);
        return new Fixture(claim, source, original);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

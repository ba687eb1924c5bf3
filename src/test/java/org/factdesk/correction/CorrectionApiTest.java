package org.factdesk.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** Issue 8, part 3 through the API: a corrected text, each claim carried over or left waiting, and settling them. */
@QuarkusTest
class CorrectionApiTest {

    static final String BEFORE = "The minister spoke for an hour on Monday. "
            + "She said the deficit fell to 2.1 percent last year. "
            + "Critics said that figure hides a 50-minute gap in the accounts. "
            + "Exports grew by 4 percent, the ministry said. "
            + "Unemployment is the lowest since 1990, she added.";

    static final String AFTER = "Updated: The minister spoke for over an hour on Monday. "
            + "She said the deficit fell to 2.4 percent last year. "
            + "Exports grew by 4 per-cent, the ministry said. "
            + "Unemployment is the lowest since 1990, she added.";

    static Map<Long, Map<String, Object>> outcomes(JsonPath body) {
        Map<Long, Map<String, Object>> byClaim = new java.util.HashMap<>();
        for (Map<String, Object> o : body.<Map<String, Object>>getList("claims")) {
            byClaim.put(((Number) o.get("claimId")).longValue(), o);
        }
        return byClaim;
    }

    static long version(long claim) {
        return Api.getClaim("alice", claim).jsonPath().getLong("articleVersion");
    }

    @Test
    void aCorrectionCarriesEachClaimOverOrLeavesItWaitingAndPeopleSettleTheRest() {
        long article = Api.article("Correction " + System.nanoTime(), BEFORE);
        long before = Api.claim("alice", article, "spoke for an hour"); // edited inside
        long deficit = Api.claim("alice", article, "the deficit fell to 2.1 percent"); // a number changed
        long gap = Api.claim("alice", article, "a 50-minute gap in the accounts"); // deleted
        long exports = Api.publishedClaim(article, "Exports grew by 4 percent"); // published, punctuation edit
        long lowest = Api.publishedClaim(article, "the lowest since 1990"); // published, untouched

        JsonPath done = Api.as("alice")
                .body(Map.of("text", AFTER, "note", "The ministry corrected the deficit figure."))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(2, done.getInt("version"));
        Map<Long, Map<String, Object>> o = outcomes(done);
        assertEquals("fuzzy", o.get(before).get("status"), o.toString());
        assertEquals("fuzzy", o.get(deficit).get("status"), "a changed number waits: " + o);
        assertEquals("orphaned", o.get(gap).get("status"));
        assertEquals(
                "fuzzy",
                o.get(exports).get("status"),
                "a published claim whose quote changed waits for an editor: " + o);
        assertEquals("anchored", o.get(lowest).get("status"));
        assertEquals(true, o.get(lowest).get("moved"));
        assertEquals(1, done.getInt("moved"));
        assertEquals(4, done.getInt("waiting"));

        // The untouched published claim moved, with its quote, to its new place.
        Api.getClaim("alice", lowest)
                .then()
                .body("articleVersion", equalTo(2))
                .body("selectors[0].start", equalTo(AFTER.indexOf("the lowest since 1990")))
                .body("selectors[1].exact", equalTo("the lowest since 1990"));
        Api.as("alice").get("/api/claims/{id}/history", lowest).then().body("events.action", hasItem("reanchored"));
        assertEquals(1, version(gap), "a waiting claim stays on its version");

        JsonPath pending = Api.as("alice")
                .get("/api/articles/{id}/versions/pending", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(before, deficit, gap, exports), pending.getList("claimId", Long.class));
        assertEquals(
                "spoke for over an hour", pending.getString("find { it.claimId == " + before + " }.proposedExact"));
        List<Map<String, Object>> after = pending.getList("find { it.claimId == " + deficit + " }.sides.after");
        assertTrue(
                after.stream()
                        .anyMatch(p -> Boolean.TRUE.equals(p.get("changed"))
                                && String.valueOf(p.get("text")).equals("4")),
                "the right side marks what changed: " + after);

        // Settling: a reviewer confirms an unpublished claim; a published one needs an editor.
        Api.as("bob")
                .body(Map.of("version", Api.version(before)))
                .post("/api/claims/{id}/anchor/confirm", before)
                .then()
                .statusCode(200)
                .body("articleVersion", equalTo(2))
                .body("selectors[1].exact", equalTo("spoke for over an hour"));
        Api.as("bob")
                .body(Map.of("version", Api.version(exports)))
                .post("/api/claims/{id}/anchor/confirm", exports)
                .then()
                .statusCode(403)
                .contentType(containsString("application/problem+json"));
        Api.as("erin")
                .body(Map.of("version", Api.version(exports)))
                .post("/api/claims/{id}/anchor/confirm", exports)
                .then()
                .statusCode(200)
                .body("articleVersion", equalTo(2));
        Api.as("alice")
                .body(Map.of("version", Api.version(gap)))
                .post("/api/claims/{id}/anchor/confirm", gap)
                .then()
                .statusCode(409); // nothing to confirm
        Api.as("alice")
                .body(Map.of("version", Api.version(lowest)))
                .post("/api/claims/{id}/anchor/confirm", lowest)
                .then()
                .statusCode(409); // not waiting

        int at = AFTER.indexOf("the deficit fell to 2.4 percent");
        Api.as("alice")
                .body(Map.of("start", at, "end", at + 10, "exact", "something else", "version", Api.version(deficit)))
                .put("/api/claims/{id}/anchor", deficit)
                .then()
                .statusCode(422);
        assertEquals(1, version(deficit), "a refused selection changes nothing");
        Api.as("alice")
                .body(Map.of(
                        "start",
                        at,
                        "end",
                        at + "the deficit fell to 2.4 percent".length(),
                        "exact",
                        "the deficit fell to 2.4 percent",
                        "version",
                        Api.version(deficit)))
                .put("/api/claims/{id}/anchor", deficit)
                .then()
                .statusCode(200)
                .body("articleVersion", equalTo(2));
        Api.as("alice")
                .get("/api/articles/{id}/versions/pending", article)
                .then()
                .body("claimId", equalTo(List.of((int) gap)));

        // The public pages keep the published version and say the article changed.
        given().get("/claims/" + lowest)
                .then()
                .statusCode(200)
                .body(containsString("has changed this article"))
                .body(containsString("the lowest since 1990"));
        given().get("/articles/" + article).then().statusCode(200).body(containsString("has changed this article"));
    }

    @Test
    void badCorrectionsAreRefusedWithAProblemAndSaveNothing() {
        long article = Api.article("Refused correction " + System.nanoTime(), BEFORE);
        Api.as("alice")
                .body(Map.of("text", BEFORE))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.text", containsString("exactly the text"));
        Api.as("alice")
                .body(Map.of("text", "  "))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(422);
        Api.as("alice")
                .body("{}")
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(422);
        Api.as("alice")
                .body(Map.of("text", AFTER, "note", "x".repeat(2001)))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(422)
                .body("errors.note", containsString("2000"));
        Api.as("alice")
                .body(Map.of("text", AFTER))
                .post("/api/articles/{id}/versions", 999_999_999L)
                .then()
                .statusCode(404);
        Api.as("alice")
                .get("/api/articles/{id}", article)
                .then()
                .body("version", equalTo(1))
                .body("text", equalTo(BEFORE));
        Api.as("alice")
                .get("/api/articles/{id}/versions/pending", article)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }
}

package org.factdesk.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** PUT /api/claims/{id}/details: the claimant, date, type, reason and tags, corrected after creation. */
@QuarkusTest
class ClaimDetailsTest {

    static Map<String, Object> details(long version, String claimant, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("claimant", claimant);
        body.put("claimType", type);
        body.put("claimDate", "2026-11-20");
        body.put("whySelected", "A precise figure.");
        body.put("tags", List.of("economy", " jobs ", "economy"));
        return body;
    }

    @Test
    void theDetailsAreReplacedAndTheHistoryKeepsWhatTheyWere() {
        long article = Api.article("Details " + System.nanoTime(), "Exports rose 9 percent in October.");
        long claim = Api.claim("alice", article, "Exports rose 9 percent");
        long version = Api.version(claim);
        Api.as("bob")
                .body(details(version, "The trade minister", "statistic"))
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(200)
                .header("ETag", containsString(String.valueOf(version + 1)))
                .body("claimant", equalTo("The trade minister"))
                .body("claimDate", equalTo("2026-11-20"))
                .body("tags", equalTo(List.of("economy", "jobs")))
                .body("whySelected", equalTo("A precise figure."));
        Api.as("bob")
                .get("/api/claims/{id}/history", claim)
                .then()
                .body("events.action", hasItem("details_updated"))
                .body("events.find { it.action == 'details_updated' }.snapshot.before.claimant", equalTo("Jen Psaki"));
        // The same details again change nothing: no new version, no new history entry.
        Api.as("bob")
                .body(details(version + 1, "The trade minister", "statistic"))
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(200)
                .body("version", equalTo((int) version + 1));
    }

    @Test
    void staleVersionsBadInputAndFinishedClaimsAreRefused() {
        long article = Api.article(
                "Details refused " + System.nanoTime(), "Exports rose 9 percent in October, officials said.");
        long claim = Api.claim("alice", article, "Exports rose 9 percent");
        long version = Api.version(claim);
        Api.as("alice")
                .body(details(version - 1, "Someone", "statistic"))
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"));
        Api.as("alice")
                .body(details(version, "Someone", "rumour"))
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(422)
                .body("errors.claimType", containsString("statistic"));
        Api.as("alice")
                .body(details(version, "x".repeat(301), "statistic"))
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(422);
        Map<String, Object> noVersion = details(version, "Someone", "statistic");
        noVersion.remove("version");
        Api.as("alice")
                .body(noVersion)
                .put("/api/claims/{id}/details", claim)
                .then()
                .statusCode(428);
        Api.getClaim("alice", claim)
                .then()
                .body("claimant", equalTo("Jen Psaki"))
                .body("claimDate", nullValue());

        long published = Api.publishedClaim(article, "officials said");
        Api.as("erin")
                .body(details(Api.version(published), "Officials", "quote"))
                .put("/api/claims/{id}/details", published)
                .then()
                .statusCode(409);
        Api.as("alice")
                .body(details(1, "Someone", "statistic"))
                .put("/api/claims/{id}/details", 999_999_999L)
                .then()
                .statusCode(404);
    }
}

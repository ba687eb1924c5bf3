package org.factdesk.review;

import static org.factdesk.testing.Api.as;
import static org.factdesk.testing.Api.move;
import static org.factdesk.testing.Api.transition;
import static org.factdesk.testing.Api.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.Concurrently;
import org.factdesk.testing.KeycloakFixture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewFlowTest {

    @Test
    void reviewerResearchesEditorApprovesAndPublishesAndHistoryNamesEveryone() {
        long article = Api.seedArticle();
        long claim = Api.claim("alice", article, "50-minute phone call");
        move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        Api.verdict("alice", claim, Api.rating("True"), "The White House readout says the call lasted 50 minutes.")
                .then()
                .statusCode(200)
                .body("verdict.rating.label", equalTo("True"));
        move("alice", claim, "submit", null);

        transition("bob", claim, "approve", version(claim), null, null)
                .then()
                .statusCode(403)
                .body("detail", containsString("editor"));
        transition("alice", claim, "approve", version(claim), null, null).then().statusCode(403);
        Api.getClaim("erin", claim)
                .then()
                .body("allowedActions", contains("approve", "request_changes", "self_assign", "assign"));
        move("erin", claim, "approve", null);
        move("erin", claim, "publish", null);

        Api.getClaim("alice", claim)
                .then()
                .body("state", equalTo("PUBLISHED"))
                .body("firstPublishedAt", not(equalTo(null)));
        JsonPath history = as("bob")
                .get("/api/claims/{id}/history", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("created", "start", "source_added", "verdict_proposed", "submit", "approve", "publish"),
                history.getList("events.action"));
        assertEquals(
                List.of("alice", "alice", "alice", "alice", "alice", "erin", "erin"), history.getList("events.actor"));
        assertEquals(
                List.of(
                        "OPEN",
                        "IN_RESEARCH",
                        "IN_RESEARCH",
                        "IN_RESEARCH",
                        "AWAITING_APPROVAL",
                        "APPROVED",
                        "PUBLISHED"),
                history.getList("events.to"));
        assertEquals("True", history.getString("events[5].snapshot.rating"));
    }

    @Test
    void editorCannotApproveTheVerdictSheWrote() {
        long article = Api.article("Four eyes", "Inflation reached 9 percent in June.");
        long claim = Api.claim("erin", article, "9 percent");
        move("erin", claim, "start", null);
        Api.addGoodSource("erin", claim);
        Api.verdict("erin", claim, Api.rating("Mostly true"), "Close: it was 8.9 percent.")
                .then()
                .statusCode(200);
        move("erin", claim, "submit", null);

        transition("erin", claim, "approve", version(claim), null, null)
                .then()
                .statusCode(403)
                // Her first contribution of the round is named, with its day.
                .body(
                        "detail",
                        org.hamcrest.Matchers.matchesPattern(
                                "You added a source to this claim on \\d{1,2} \\w{3} \\d{4};"
                                        + " another editor must approve it\\."));
        Api.getClaim("erin", claim).then().body("allowedActions", not(hasItem("approve")));
        move("admin", claim, "approve", null);
    }

    @Test
    void editorAssignedToTheClaimCannotApproveIt() {
        long article = Api.article("Assigned", "The tunnel is 57 kilometres long.");
        long claim = Api.claim("alice", article, "57 kilometres");
        move("erin", claim, "self_assign", null);
        move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        Api.verdict("alice", claim, Api.rating("True"), "It is 57.1 km.").then().statusCode(200);
        move("alice", claim, "submit", null);

        transition("erin", claim, "approve", version(claim), null, null)
                .then()
                .statusCode(403)
                .body("detail", containsString("assigned"));
    }

    @Test
    void staleOrMissingVersionIsRefusedAndNothingChanges() {
        long claim = Api.claim("alice", Api.article("Versions", "Exports grew 4 percent."), "Exports grew 4 percent");
        long v = version(claim);
        move("alice", claim, "start", null);

        transition("bob", claim, "dismiss", v, "duplicate", null)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"))
                .body("currentState", equalTo("IN_RESEARCH"))
                .body("currentVersion", equalTo((int) v + 1));
        transition("bob", claim, "dismiss", null, "duplicate", null)
                .then()
                .statusCode(428)
                .body("detail", containsString("version"));
        assertEquals("IN_RESEARCH", Api.state(claim));

        as("bob")
                .header("If-Match", "\"" + version(claim) + "\"")
                .body(Map.of("action", "dismiss", "reason", "duplicate"))
                .post("/api/claims/{id}/transitions", claim)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"" + (v + 2) + "\""))
                .body("state", equalTo("DISMISSED"));
    }

    /** How many approvals of one claim are sent at once (docs quote it; DocsAgreeWithTestsTest checks). */
    public static final int CONCURRENT_APPROVALS = 32;

    @Test
    void thirtyTwoApprovalsAtOnceSucceedExactlyOnceWithOneEvent() throws Exception {
        long claim = Api.submittedClaim(Api.article("Race", "Turnout was 61 percent."), "61 percent");
        long v = version(claim);
        List<Integer> statuses = Concurrently.post(
                CONCURRENT_APPROVALS,
                "/api/claims/" + claim + "/transitions",
                "{\"action\":\"approve\",\"version\":" + v + "}",
                KeycloakFixture.tokenFor("erin"));

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(
                CONCURRENT_APPROVALS - 1,
                statuses.stream().filter(s -> s == 409).count(),
                statuses.toString());
        System.out.printf(
                "concurrent approvals: %d sent, 1 accepted, %d refused%n",
                CONCURRENT_APPROVALS, CONCURRENT_APPROVALS - 1);
        assertEquals("APPROVED", Api.state(claim));
        as("alice")
                .get("/api/claims/{id}/history", claim)
                .then()
                .body("events.findAll { it.action == 'approve' }", hasSize(1));
    }

    @Test
    void publishedClaimIsLockedUntilACorrection() {
        long claim = Api.publishedClaim(Api.article("Locked", "The stadium seats 80,000 people."), "80,000 people");

        Api.addSource(
                        "alice",
                        claim,
                        Map.of("url", "https://example.org/a", "title", "Late source", "stance", "supports"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/claim-locked"))
                .body("detail", containsString("open a correction"));
        Api.verdict("alice", claim, Api.rating("False"), "Changed my mind.")
                .then()
                .statusCode(409);
        transition("alice", claim, "open_correction", version(claim), "new figures", null)
                .then()
                .statusCode(403);
        transition("erin", claim, "retract", version(claim), null, null)
                .then()
                .statusCode(422)
                .body("errors", hasKey("reason"));
    }

    @Test
    void correctionGoesThroughApprovalAgainAndKeepsBothVerdicts() {
        long claim = Api.publishedClaim(Api.article("Correction", "The river is 300 km long."), "300 km long");
        move("erin", claim, "open_correction", "The ministry updated its figure.");
        Api.verdict("alice", claim, Api.rating("Mostly true"), "The ministry now gives 296 km.")
                .then()
                .statusCode(200);
        move("alice", claim, "submit", null);
        transition("erin", claim, "request_changes", version(claim), null, null)
                .then()
                .statusCode(422);
        move("erin", claim, "request_changes", "Cite the ministry's page.");
        assertEquals("IN_CORRECTION", Api.state(claim));
        Api.addSource(
                        "alice",
                        claim,
                        Map.of("url", "https://example.org/ministry", "title", "Ministry data", "stance", "refutes"))
                .then()
                .statusCode(201);
        move("alice", claim, "submit", null);
        move("erin", claim, "approve", null);
        move("erin", claim, "publish", null);

        JsonPath history = as("alice")
                .get("/api/claims/{id}/history", claim)
                .then()
                .extract()
                .jsonPath();
        assertEquals(List.of("True", "Mostly true"), history.getList("verdicts.rating.label"));
        assertEquals(
                List.of("publish", "open_correction", "publish"),
                history.getList("events.action").stream()
                        .filter(a -> a.equals("publish") || a.equals("open_correction"))
                        .toList());
        Api.getClaim("alice", claim)
                .then()
                .body("state", equalTo("PUBLISHED"))
                .body("verdict.rating.label", equalTo("Mostly true"))
                .body(
                        "firstPublishedAt",
                        not(equalTo(Api.getClaim("alice", claim).jsonPath().getString("lastPublishedAt"))));
    }

    @Test
    void requestChangesAndDismissNeedAReason() {
        long claim = Api.submittedClaim(Api.article("Reasons", "Prices doubled since 2020."), "Prices doubled");
        transition("erin", claim, "request_changes", version(claim), "  ", null)
                .then()
                .statusCode(422)
                .body("errors.reason", containsString("reason"));
        move("erin", claim, "request_changes", "Which prices?");
        assertEquals("IN_RESEARCH", Api.state(claim));
        transition("alice", claim, "dismiss", version(claim), null, null).then().statusCode(422);
        move("alice", claim, "dismiss", "Opinion, not a checkable claim.");
        move("bob", claim, "reopen", null);
        assertEquals("OPEN", Api.state(claim));
    }

    @Test
    void impossibleAndUnknownActionsAreRefused() {
        long claim = Api.claim("alice", Api.article("Illegal", "Crime fell 20 percent."), "Crime fell 20 percent");
        transition("erin", claim, "publish", version(claim), null, null)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentState", equalTo("OPEN"));
        transition("erin", claim, "teleport", version(claim), null, null)
                .then()
                .statusCode(422)
                .body("errors", hasKey("action"));
        move("alice", claim, "start", null);
        transition("alice", claim, "submit", version(claim), null, null)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/not-ready"))
                .body("detail", containsString("verdict"));
        Api.verdict("alice", claim, Api.rating("False"), "It rose.").then().statusCode(200);
        transition("alice", claim, "submit", version(claim), null, null)
                .then()
                .statusCode(409)
                .body("detail", containsString("At least 1 source"));
    }

    @Test
    void assignmentUsesThePeopleDirectory() {
        long claim = Api.claim("alice", Api.article("Assign", "The budget is 3 billion."), "3 billion");
        transition("alice", claim, "assign", version(claim), null, "bob").then().statusCode(403);
        transition("erin", claim, "assign", version(claim), null, "mallory")
                .then()
                .statusCode(422)
                .body("errors.assignee", containsString("not a reviewer or editor"));
        transition("erin", claim, "assign", version(claim), null, "bob")
                .then()
                .statusCode(200)
                .body("assignees", contains("bob"));
        move("alice", claim, "self_assign", null);
        Api.getClaim("alice", claim).then().body("assignees", contains("alice", "bob"));
        transition("alice", claim, "unassign", version(claim), null, "bob")
                .then()
                .statusCode(403);
        transition("bob", claim, "unassign", version(claim), null, "bob")
                .then()
                .statusCode(200)
                .body("assignees", contains("alice"));
        as("alice").queryParam("assignee", "alice").get("/api/claims").then().body("items.id", hasItem((int) claim));
    }

    @Test
    void verdictIsValidatedAndEveryVersionKept() {
        long claim = Api.claim("alice", Api.article("Verdicts", "Wages rose 5 percent."), "Wages rose 5 percent");
        long v = version(claim);
        as("alice")
                .body(Map.of("version", v, "ratingId", Api.rating("True"), "conclusion", "x".repeat(281)))
                .put("/api/claims/{id}/verdict", claim)
                .then()
                .statusCode(422)
                .body("errors", hasKey("conclusion"));
        as("alice")
                .body(Map.of("version", v, "ratingId", Api.rating("True"), "conclusion", " "))
                .put("/api/claims/{id}/verdict", claim)
                .then()
                .statusCode(422)
                .body("errors", hasKey("conclusion"));
        as("alice")
                .body(Map.of("version", v, "conclusion", "No rating"))
                .put("/api/claims/{id}/verdict", claim)
                .then()
                .statusCode(422)
                .body("errors", hasKey("ratingId"));
        as("alice")
                .body(Map.of("version", v, "ratingId", 424242, "conclusion", "Unknown rating"))
                .put("/api/claims/{id}/verdict", claim)
                .then()
                .statusCode(422)
                .body("errors", hasKey("ratingId"));
        Api.verdict("alice", claim, Api.rating("True"), "First.").then().statusCode(200);
        Api.verdict("bob", claim, Api.rating("Half true"), "Second.")
                .then()
                .statusCode(200)
                .body("verdict.author", equalTo("bob"));
        as("alice")
                .get("/api/claims/{id}/history", claim)
                .then()
                .body("verdicts.conclusion", contains("First.", "Second."));
        as("alice")
                .queryParam("rating", Api.rating("Half true"))
                .get("/api/claims")
                .then()
                .body("items.id", hasItem((int) claim));
        as("alice")
                .queryParam("rating", Api.rating("True"))
                .get("/api/claims")
                .then()
                .body("items.id", not(hasItem((int) claim)));
    }

    @Test
    void workflowTableIsPublishedToClients() {
        as("alice")
                .get("/api/workflow")
                .then()
                .statusCode(200)
                .body("transitions", hasSize(Workflow.TABLE.size()))
                .body("states", hasItem("IN_CORRECTION"))
                .body("minSources", equalTo(1))
                .body("transitions.find { it.action == 'approve' }.guards", contains("QUOTE_SETTLED", "FOUR_EYES"))
                .body(
                        "guards.FOUR_EYES",
                        org.hamcrest.Matchers.containsString("Nobody who contributed to the claim's current round"))
                .body("transitions.find { it.action == 'approve' }.roles", hasItem("editor"));
    }
}

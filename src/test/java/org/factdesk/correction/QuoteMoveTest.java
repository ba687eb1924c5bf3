package org.factdesk.correction;

import static io.restassured.RestAssured.given;
import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * What an editor approved is what gets published. The issue's reproduction: the publisher
 * changes the sentence of an approved claim, and a reviewer who never touched it selects
 * "exports doubled" elsewhere. For each state a decision was taken in (awaiting approval,
 * approved, published), each way of settling (confirm the proposal, select again) and each
 * path (API, form): while the quote waits, approve and publish are refused; once it moved to
 * other words, the claim is back at work and readers keep the published snapshot.
 */
@QuarkusTest
class QuoteMoveTest {

    static final String BEFORE = "Officials spoke on Monday. Unemployment fell to 4 percent in May, the ministry said."
            + " Separately, exports doubled in the first quarter.";
    static final String AFTER = BEFORE.replace("4 percent", "4.2 percent");
    static final String QUOTE = "Unemployment fell to 4 percent in May";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aQuoteMovedToOtherWordsSendsTheDecisionBackByEveryPathInEveryState() throws Exception {
        Map<String, Session> sessions =
                Map.of("bob", Session.logIn(base, "bob"), "admin", Session.logIn(base, "admin"));
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String state : List.of("AWAITING_APPROVAL", "APPROVED", "PUBLISHED")) {
            for (String how : List.of("confirm", "reselect")) {
                for (String path : List.of("api", "form")) {
                    cases++;
                    String label = state + " / " + how + " / " + path;
                    long claim = claimIn(state, label);
                    // Settled by someone who never touched the claim; published claims need an editor.
                    String who = state.equals("PUBLISHED") ? "admin" : "bob";
                    int status = settle(sessions.get(who), who, claim, how, path);
                    String expected = state.equals("PUBLISHED") ? "IN_CORRECTION" : "IN_RESEARCH";
                    String now = Api.state(claim);
                    if (status >= 400 || !expected.equals(now)) {
                        failures.add(
                                label + ": settled with " + status + ", state " + now + " (expected " + expected + ")");
                        continue;
                    }
                    String history = as("alice")
                            .get("/api/claims/{id}/history", claim)
                            .then()
                            .extract()
                            .asString();
                    if (!history.contains("\"quote_changed\"") || !history.contains("other words")) {
                        failures.add(label + ": the history does not say why it went back: " + history);
                    }
                    if (state.equals("PUBLISHED")) {
                        String page = given().get("/claims/" + claim)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString();
                        if (!page.contains(QUOTE)) {
                            failures.add(label + ": readers lost the published snapshot");
                        }
                    }
                    // Nothing can be published about the new words without a new approval.
                    Api.transition("erin", claim, "publish", Api.version(claim), null, null)
                            .then()
                            .statusCode(409);
                }
            }
        }
        System.out.printf("quote moves: %d of %d cases sent the decision back%n", cases - failures.size(), cases);
        assertEquals(List.of(), failures);
        org.factdesk.testing.Docs.assertQuotes("docs/SECURITY.md", "`QuoteMoveTest` —[^()]*\\((\\d+) cases\\)", cases);
    }

    @Test
    void aWaitingQuoteBlocksApprovalAndPublication() {
        long awaiting = claimIn("AWAITING_APPROVAL", "blocked approval");
        Api.transition("admin", awaiting, "approve", Api.version(awaiting), null, null)
                .then()
                .statusCode(409)
                .body("detail", containsString("settle where it is"));
        Api.getClaim("admin", awaiting)
                .then()
                .body("refusedActions.find { it.action == 'approve' }.reason", containsString("settle where it is"));
        long approved = claimIn("APPROVED", "blocked publication");
        Api.transition("erin", approved, "publish", Api.version(approved), null, null)
                .then()
                .statusCode(409)
                .body("detail", containsString("settle where it is"));
        assertEquals("APPROVED", Api.state(approved));
    }

    @Test
    void theIssuesReproductionNoLongerPublishesAnotherQuote() {
        long claim = claimIn("APPROVED", "reproduction");
        int at = AFTER.indexOf("exports doubled");
        as("bob")
                .body(Map.of(
                        "start",
                        at,
                        "end",
                        at + "exports doubled".length(),
                        "exact",
                        "exports doubled",
                        "version",
                        Api.version(claim)))
                .put("/api/claims/{id}/anchor", claim)
                .then()
                .statusCode(200);
        assertEquals("IN_RESEARCH", Api.state(claim));
        Api.transition("erin", claim, "publish", Api.version(claim), null, null)
                .then()
                .statusCode(409);
        given().get("/claims/" + claim).then().statusCode(404);
        given().get("/claims").then().body(not(containsString("exports doubled")));
    }

    @Test
    void theSameWordsElsewhereKeepTheDecision() {
        // Only the words count: a quote settled on identical words keeps its state.
        String text = "Officials spoke. Unemployment fell to 4 percent in May."
                + " Later that day: Unemployment fell to 4 percent in May.";
        long article = Api.article("Same words " + System.nanoTime(), text);
        long claim = Api.submittedClaim(article, QUOTE + ". Later");
        Api.move("erin", claim, "approve", null);
        String corrected = "Officials spoke. Unemployment fell to 4 percent in May;"
                + " later that day: Unemployment fell to 4 percent in May.";
        as("alice")
                .body(Map.of("text", corrected))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201);
        if (Api.state(claim).equals("APPROVED") && waiting(article, claim)) {
            int at = corrected.indexOf("Unemployment fell to 4 percent in May; later");
            as("bob")
                    .body(Map.of(
                            "start",
                            at,
                            "end",
                            at + QUOTE.length() + 7,
                            "exact",
                            QUOTE + "; later",
                            "version",
                            Api.version(claim)))
                    .put("/api/claims/{id}/anchor", claim)
                    .then()
                    .statusCode(200);
        }
        assertEquals("APPROVED", Api.state(claim), "punctuation and case are not other words");
    }

    private static boolean waiting(long article, long claim) {
        return as("alice")
                .get("/api/articles/{id}/versions/pending", article)
                .then()
                .extract()
                .jsonPath()
                .getList("claimId", Long.class)
                .contains(claim);
    }

    /** A claim researched by alice, in the given state, whose sentence the publisher then changed. */
    private static long claimIn(String state, String label) {
        long article = Api.article("Quote move " + label + " " + System.nanoTime(), BEFORE);
        long claim = Api.submittedClaim(article, QUOTE);
        if (!state.equals("AWAITING_APPROVAL")) {
            Api.move("erin", claim, "approve", null);
        }
        if (state.equals("PUBLISHED")) {
            Api.move("erin", claim, "publish", null);
        }
        as("alice")
                .body(Map.of("text", AFTER))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201);
        assertEquals(state, Api.state(claim), "the correction itself leaves the decision where it was");
        assertTrue(waiting(article, claim), "the changed number makes the quote wait");
        return claim;
    }

    private static int settle(Session session, String who, long claim, String how, String path) throws Exception {
        int at = AFTER.indexOf("exports doubled");
        String version = String.valueOf(Api.version(claim));
        if (path.equals("api")) {
            return how.equals("confirm")
                    ? as(who).body(Map.of("version", Long.parseLong(version)))
                            .post("/api/claims/{id}/anchor/confirm", claim)
                            .statusCode()
                    : as(who).body(Map.of(
                                    "start",
                                    at,
                                    "end",
                                    at + 15,
                                    "exact",
                                    "exports doubled",
                                    "version",
                                    Long.parseLong(version)))
                            .put("/api/claims/{id}/anchor", claim)
                            .statusCode();
        }
        HttpResponse<String> response = how.equals("confirm")
                ? session.postForm("/workspace/claims/" + claim + "/anchor/confirm", Map.of("version", version))
                : session.postForm(
                        "/workspace/claims/" + claim + "/anchor",
                        Map.of(
                                "start",
                                String.valueOf(at),
                                "end",
                                String.valueOf(at + 15),
                                "exact",
                                "exports doubled",
                                "version",
                                version));
        return response.statusCode();
    }
}

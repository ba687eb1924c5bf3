package org.factdesk.review;

import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * Four eyes by contribution: nobody who contributed to a claim's current review round approves
 * it, whatever they undid since. The oracle below keeps its own record of who did what (from the
 * answers to its own requests, never from the server's history or guard code) and knows the rule
 * only as the issue states it. Rerun a failing sequence with -Dfoureyes.seed=N.
 */
@QuarkusTest
class FourEyesByContributionTest {

    private static final List<String> PEOPLE = List.of("alice", "bob", "erin", "admin");
    private static final Set<String> EDITORS = Set.of("erin", "admin");
    private static final int CLAIMS = 8;
    private static final Set<Step> RESEARCH = Set.of(Step.ADD_SOURCE, Step.VERDICT, Step.SUBMIT, Step.START);
    private static final int STEPS = 36;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEditorWhoWasAssignedCannotApproveAfterUnassigningHerself() throws Exception {
        long article = Api.seedArticle();
        long claim = Api.claim("erin", article, "50-minute phone call");
        Api.move("erin", claim, "self_assign", null);
        Api.move("erin", claim, "start", null);
        Api.addGoodSource("erin", claim);
        Api.verdict("alice", claim, Api.rating("True"), "The call lasted 50 minutes.")
                .then()
                .statusCode(200);
        Api.move("erin", claim, "submit", null);
        Api.transition("erin", claim, "approve", Api.version(claim), null, null)
                .then()
                .statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("another editor must approve it"));
        Api.transition("erin", claim, "unassign", Api.version(claim), null, "erin")
                .then()
                .statusCode(200);
        Api.transition("erin", claim, "approve", Api.version(claim), null, null)
                .then()
                .statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("You were assigned to this claim on"))
                .body("detail", containsString("another editor must approve it"));
        assertEquals("AWAITING_APPROVAL", Api.state(claim));
        // The claim tells erin why, so the panel and the queue can say it instead of showing a button.
        Api.getClaim("erin", claim)
                .then()
                .body(
                        "refusedActions.find { it.action == 'approve' }.reason",
                        containsString("You were assigned to this claim on"));
        // The claim panel and the approval queue say it where the button would be.
        Session erin = Session.logIn(base, "erin");
        for (String page : List.of("/workspace/articles/" + article + "/claims/" + claim, "/workspace/queue")) {
            String html = erin.get(page).body();
            assertTrue(
                    html.contains("data-testid=\"refusal-approve")
                            && html.contains("You were assigned to this claim on"),
                    page + " explains why erin may not approve");
        }
        Api.move("admin", claim, "approve", null);
        assertEquals("APPROVED", Api.state(claim));
    }

    @Test
    void aSourceAddedThenRemovedStillCounts() {
        long article = Api.seedArticle();
        long claim = Api.claim("alice", article, "50-minute phone call");
        Api.move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        long extra = Api.addSource(
                        "erin",
                        claim,
                        Map.of("url", "https://example.org/extra", "title", "Extra", "stance", "context"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("source.id");
        as("erin")
                .queryParam("version", Api.version(claim))
                .delete("/api/claims/{c}/sources/{s}", claim, extra)
                .then()
                .statusCode(200);
        Api.verdict("alice", claim, Api.rating("True"), "The call lasted 50 minutes.")
                .then()
                .statusCode(200);
        Api.move("alice", claim, "submit", null);
        Api.transition("erin", claim, "approve", Api.version(claim), null, null)
                .then()
                .statusCode(403)
                .body("detail", containsString("You added a source to this claim on"));
    }

    @Test
    void randomSequencesNeverLetAContributorApprove() {
        long seed = Long.getLong("foureyes.seed", System.nanoTime());
        net.jqwik.engine.SourceOfRandomness.create(String.valueOf(seed));
        Iterator<String> people = Arbitraries.of(PEOPLE).sampleStream().iterator();
        Iterator<Integer> dice =
                Arbitraries.integers().between(0, 99).sampleStream().iterator();
        Iterator<Step> steps = Arbitraries.of(Step.values()).sampleStream().iterator();
        Counts counts = new Counts();
        List<String> trace = new ArrayList<>();
        try {
            long article = Api.article("Four eyes " + seed, "The port handled 7 million containers last year.");
            long rating = Api.rating("True");
            for (int c = 0; c < CLAIMS; c++) {
                Model model = new Model(Api.claim(people.next(), article, "7 million containers"));
                for (int s = 0; s < STEPS; s++) {
                    String who = people.next();
                    Step step = dice.next() < 55 ? forward(model) : steps.next();
                    if (RESEARCH.contains(step) && dice.next() < 50) {
                        who = who.equals("erin")
                                ? "alice"
                                : who.equals("admin") ? "bob" : who; // reviewers do most research
                    }
                    String target = people.next();
                    trace.add(model.claim + ": " + who + " " + step + (step.namesSomeone ? " " + target : ""));
                    act(model, step, who, target, rating, counts);
                }
            }
        } catch (AssertionError e) {
            fail(
                    "four-eyes property failed with seed " + seed + " (rerun with -Dfoureyes.seed=" + seed
                            + "), last steps " + trace.subList(Math.max(0, trace.size() - 12), trace.size()) + ": "
                            + e.getMessage(),
                    e);
        }
        System.out.printf(
                "four eyes: %d approvals refused to contributors, %d approvals by non-contributors accepted"
                        + " (seed %d)%n",
                counts.refused, counts.accepted, seed);
        assertTrue(
                counts.refused > 0 && counts.accepted > 0,
                "the sequences tried both kinds of approval: " + counts.refused + " refused, " + counts.accepted
                        + " accepted");
    }

    enum Step {
        SELF_ASSIGN(false),
        ASSIGN(true),
        UNASSIGN(true),
        START(false),
        ADD_SOURCE(false),
        EDIT_SOURCE(false),
        REMOVE_SOURCE(false),
        VERDICT(false),
        DETAILS(false),
        COMMENT(false),
        SUBMIT(false),
        REQUEST_CHANGES(false),
        APPROVE(false),
        PUBLISH(false),
        OPEN_CORRECTION(false);

        final boolean namesSomeone;

        Step(boolean namesSomeone) {
            this.namesSomeone = namesSomeone;
        }
    }

    /** The oracle's own picture of one claim. */
    static final class Model {
        final long claim;
        final Set<String> assignees = new HashSet<>();
        /** Everyone who contributed in the current round, by the definition. */
        final Set<String> contributors = new HashSet<>();

        final List<Long> sources = new ArrayList<>();
        String verdictAuthor;
        int edits;

        Model(long claim) {
            this.claim = claim;
        }

        /** A new round (open_correction): who is still assigned, and whoever wrote the verdict it starts from. */
        void newRound() {
            contributors.clear();
            contributors.addAll(assignees);
            if (verdictAuthor != null) {
                contributors.add(verdictAuthor);
            }
        }
    }

    static final class Counts {
        int refused;
        int accepted;
    }

    /** The step that moves the claim on, so that most claims reach approval. */
    private static Step forward(Model model) {
        String state = Api.state(model.claim);
        return switch (state) {
            case "OPEN" -> Step.START;
            case "IN_RESEARCH", "IN_CORRECTION" ->
                model.sources.isEmpty() ? Step.ADD_SOURCE : model.verdictAuthor == null ? Step.VERDICT : Step.SUBMIT;
            case "AWAITING_APPROVAL" -> Step.APPROVE;
            case "APPROVED" -> Step.PUBLISH;
            default -> Step.OPEN_CORRECTION;
        };
    }

    private void act(Model m, Step step, String who, String target, long rating, Counts counts) {
        JsonPath before =
                Api.getClaim(who, m.claim).then().statusCode(200).extract().jsonPath();
        long version = before.getLong("version");
        String state = before.getString("state");
        Response r = switch (step) {
            case SELF_ASSIGN -> Api.transition(who, m.claim, "self_assign", version, null, null);
            case ASSIGN -> Api.transition(who, m.claim, "assign", version, null, target);
            case UNASSIGN -> Api.transition(who, m.claim, "unassign", version, null, target);
            case START -> Api.transition(who, m.claim, "start", version, null, null);
            case SUBMIT -> Api.transition(who, m.claim, "submit", version, null, null);
            case REQUEST_CHANGES -> Api.transition(who, m.claim, "request_changes", version, "Check the year.", null);
            case APPROVE -> Api.transition(who, m.claim, "approve", version, null, null);
            case PUBLISH -> Api.transition(who, m.claim, "publish", version, null, null);
            case OPEN_CORRECTION ->
                Api.transition(who, m.claim, "open_correction", version, "A reader wrote in.", null);
            case ADD_SOURCE ->
                Api.addSource(
                        who,
                        m.claim,
                        Map.of(
                                "url",
                                "https://example.org/port",
                                "title",
                                "Port figures",
                                "stance",
                                "supports",
                                "version",
                                version));
            case EDIT_SOURCE ->
                m.sources.isEmpty()
                        ? null
                        : as(who).body(Map.of(
                                        "url",
                                        "https://example.org/port",
                                        "title",
                                        "Port figures, edited " + (++m.edits),
                                        "stance",
                                        "supports",
                                        "version",
                                        version))
                                .put("/api/claims/{c}/sources/{s}", m.claim, m.sources.get(0));
            case REMOVE_SOURCE ->
                m.sources.isEmpty()
                        ? null
                        : as(who).queryParam("version", version)
                                .delete("/api/claims/{c}/sources/{s}", m.claim, m.sources.get(m.sources.size() - 1));
            case VERDICT ->
                as(who).body(Map.of("version", version, "ratingId", rating, "conclusion", "Port figures confirm it."))
                        .put("/api/claims/{id}/verdict", m.claim);
            case DETAILS ->
                as(who).body(Map.of(
                                "version",
                                version,
                                "claimant",
                                "Harbour master " + (++m.edits),
                                "claimType",
                                "statistic"))
                        .put("/api/claims/{id}/details", m.claim);
            case COMMENT ->
                as(who).body(Map.of("body", "Looks right to me.")).post("/api/claims/{id}/comments", m.claim);
        };
        if (r == null) {
            return;
        }
        boolean ok = r.statusCode() / 100 == 2;
        if (step == Step.APPROVE && "AWAITING_APPROVAL".equals(state) && EDITORS.contains(who)) {
            boolean contributed = m.contributors.contains(who);
            if (contributed) {
                assertEquals(
                        403,
                        r.statusCode(),
                        who + " contributed to claim " + m.claim + " (" + m.contributors
                                + ") but the approval answered " + r.statusCode() + ": " + r.asString());
                assertTrue(r.jsonPath().getString("detail").contains("another editor must approve it"), r.asString());
                counts.refused++;
            } else {
                assertEquals(
                        200,
                        r.statusCode(),
                        who + " never contributed to claim " + m.claim + " (" + m.contributors
                                + ") but the approval was refused: " + r.asString());
                counts.accepted++;
            }
        }
        if (!ok) {
            return;
        }
        switch (step) {
            case SELF_ASSIGN -> {
                m.assignees.add(who);
                m.contributors.add(who);
            }
            case ASSIGN -> {
                m.assignees.add(target);
                m.contributors.add(target);
            }
            case UNASSIGN -> m.assignees.remove(target);
            case ADD_SOURCE -> {
                m.sources.add(r.jsonPath().getLong("source.id"));
                m.contributors.add(who);
            }
            case REMOVE_SOURCE -> {
                m.sources.remove(m.sources.size() - 1);
                m.contributors.add(who);
            }
            case EDIT_SOURCE, DETAILS, SUBMIT -> m.contributors.add(who);
            case VERDICT -> {
                m.verdictAuthor = who;
                m.contributors.add(who);
            }
            case OPEN_CORRECTION -> m.newRound();
            default -> {}
        }
    }
}

package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdesk.review.Action;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Property: after random workflows by random people, no public page, feed or format shows
 * anything that was not published — quotes of unpublished claims, draft verdicts, comments,
 * reasons of internal actions, reviewers' names. Every secret text carries a unique token.
 * The seed is printed; set -Dleak.seed=N to rerun a sequence (not under factdesk.: the application
 * refuses unknown factdesk.* settings, and the test would not start).
 */
@QuarkusTest
class NeverLeakPropertyTest {

    private static final List<String> PEOPLE = List.of("alice", "bob", "erin", "admin");
    /** Research (sources, verdicts) is the reviewers' part: an editor who researched may not approve (four eyes). */
    private static final List<String> REVIEWERS = List.of("alice", "bob");

    private static final int CLAIMS = 8;
    private static final int STEPS = 25;

    private final Set<String> tokens = new HashSet<>();
    private final Set<String> published = new HashSet<>();

    @Test
    void nothingUnpublishedReachesAnyPublicResponse() {
        long seed = Long.getLong("leak.seed", System.nanoTime());
        try {
            run(new Random(seed));
        } catch (AssertionError e) {
            fail(
                    "never-leak property failed with seed " + seed + " (rerun with -Dleak.seed=" + seed + "): "
                            + e.getMessage(),
                    e);
        }
        System.out.printf(
                "never leak: %d claims x %d random steps, %d secret texts, none in a public response (seed %d;"
                        + " -Dleak.seed=%d)%n",
                CLAIMS, STEPS, tokens.size(), seed, seed);
    }

    private void run(Random random) {
        // The article text is public anyway (its outlet published it); what is secret is which
        // claims the team selected and what it said about them: claimants carry tokens.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            text.append("Claim number ")
                    .append(i)
                    .append(" says item ")
                    .append(i)
                    .append(" rose sharply.\n\n");
        }
        long article = Api.article("Leak test " + random.nextInt(1_000_000), text.toString());
        long rating = Api.rating("False");
        List<Long> claims = new ArrayList<>();
        Map<Long, String> draft = new HashMap<>();
        Map<Long, String> claimantOf = new HashMap<>();
        for (int i = 0; i < CLAIMS; i++) {
            String claimant = token(random, "claimant");
            long claim = secretClaim(random, article, "says item " + i + " rose sharply", claimant);
            claims.add(claim);
            claimantOf.put(claim, claimant);
        }
        for (long claim : claims) {
            for (int step = 0; step < STEPS; step++) {
                String who = PEOPLE.get(random.nextInt(PEOPLE.size()));
                String researcher = REVIEWERS.get(random.nextInt(REVIEWERS.size()));
                int roll = random.nextInt(12);
                if (roll == 0) {
                    Api.addSource(
                            researcher,
                            claim,
                            Map.of("url", "https://example.org/evidence", "title", "Evidence", "stance", "refutes"));
                } else if (roll <= 2) {
                    String conclusion = token(random, "draft");
                    if (Api.verdict(researcher, claim, rating, conclusion).statusCode() == 200) {
                        draft.put(claim, conclusion);
                    }
                } else if (roll == 3) {
                    Api.as(who)
                            .body(Map.of("body", "internal " + token(random, "comment") + " @bob"))
                            .post("/api/claims/{id}/comments", claim);
                } else {
                    move(random, claim, who, draft.get(claim), claimantOf.get(claim));
                }
            }
        }
        int byChance = published.size() / 2;
        // However the dice fell, one claim goes all the way, so published text sits beside the secrets.
        publishOneMore(random, article, claims);
        System.out.printf("never-leak: %d claims published by the random steps, 1 more on purpose%n", byChance);
        assertTrue(published.size() >= 2, "at least one claim was published (" + published + ")");
        assertNoSecretIn(publicResponses(article, claims));
    }

    /** A claim by alice whose claimant and internal reason for selecting it are secret tokens. */
    private long secretClaim(Random random, long article, String exact, String claimant) {
        return Api.createClaim(
                        "alice",
                        article,
                        Map.of(
                                "selectors",
                                List.of(Map.of("type", "TextQuoteSelector", "exact", exact)),
                                "claimant",
                                claimant,
                                "whySelected",
                                "internal " + token(random, "why")))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A further claim, researched by alice and published by erin, with secrets beside it. */
    private void publishOneMore(Random random, long article, List<Long> claims) {
        String claimant = token(random, "claimant");
        long claim = secretClaim(random, article, "Claim number 0", claimant);
        claims.add(claim);
        Api.move("alice", claim, "start", null);
        Api.addSource(
                        "alice",
                        claim,
                        Map.of("url", "https://example.org/evidence", "title", "Evidence", "stance", "refutes"))
                .then()
                .statusCode(201);
        String conclusion = token(random, "draft");
        Api.verdict("alice", claim, Api.rating("False"), conclusion).then().statusCode(200);
        Api.move("alice", claim, "submit", null);
        Api.move("erin", claim, "approve", null);
        Api.move("erin", claim, "publish", null);
        published.add(claimant);
        published.add(conclusion);
    }

    /** Actions that move a claim towards publication (and through corrections). */
    private static final List<String> FORWARD = List.of("start", "submit", "approve", "publish", "open_correction");

    /** Mostly a step forward that the person may take now (so claims do get published), sometimes anything. */
    private void move(Random random, long claim, String who, String verdict, String claimant) {
        List<String> allowed = Api.getClaim(who, claim).jsonPath().getList("allowedActions");
        List<String> forward = allowed.stream().filter(FORWARD::contains).toList();
        Action action = !forward.isEmpty() && random.nextInt(10) < 7
                ? Action.fromApiName(forward.get(random.nextInt(forward.size())))
                        .orElseThrow()
                : Action.values()[random.nextInt(Action.values().length)];
        String reason = action == Action.RETRACT
                ? "This fact check relied on a withdrawn report."
                : "internal " + token(random, "reason");
        Response response = Api.transition(
                who, claim, action.apiName(), Api.version(claim), reason, PEOPLE.get(random.nextInt(PEOPLE.size())));
        if (response.statusCode() == 200 && action == Action.PUBLISH) {
            published.add(claimant);
            if (verdict != null) {
                published.add(verdict);
            }
        }
    }

    private String publicResponses(long article, List<Long> claims) {
        StringBuilder all = new StringBuilder();
        for (String path :
                List.of("/", "/claims", "/claims.atom", "/api/public/claims", "/claims.csv", "/articles/" + article)) {
            all.append(given().get(path).asString());
        }
        for (long claim : claims) {
            all.append(given().get("/claims/" + claim).asString());
            all.append(given().get("/claims/" + claim + ".annotation.jsonld").asString());
        }
        JsonPath search = given().queryParam("q", "rose sharply")
                .get("/api/public/claims")
                .jsonPath();
        all.append(given().queryParam("q", "rose").get("/claims").asString());
        all.append(search.prettify());
        return all.toString();
    }

    private void assertNoSecretIn(String everything) {
        for (String token : tokens) {
            if (!published.contains(token)) {
                assertTrue(!everything.contains(token), "unpublished text reached a public response: " + token);
            }
        }
        for (String reviewer : List.of("alice", "bob", "erin")) {
            assertTrue(
                    !everything.contains("\"" + reviewer + "\"")
                            && !everything.contains(">" + reviewer + "<")
                            && !everything.contains(" " + reviewer + " "),
                    "a reviewer's name reached a public response: " + reviewer);
        }
        assertTrue(!everything.contains("@bob"), "a comment reached a public response");
    }

    private String token(Random random, String kind) {
        String token = kind + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        tokens.add(token);
        return token;
    }
}

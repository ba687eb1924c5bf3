package org.factdesk.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON API as the demo users see it, with builders for the usual steps of a review.
 * Tokens come from the real Keycloak and are reused while they are fresh.
 */
public final class Api {

    private record Token(String value, Instant fetched) {}

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Api() {}

    /** A request as this demo user (password = user name). */
    public static RequestSpecification as(String user) {
        Token token = TOKENS.compute(
                user,
                (u, t) -> t != null && t.fetched().isAfter(Instant.now().minusSeconds(200))
                        ? t
                        : new Token(KeycloakFixture.tokenFor(u), Instant.now()));
        return given().auth()
                .oauth2(token.value())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A fresh article (version 1) with the given text; returns its id. */
    public static long article(String title, String text) {
        return as("alice")
                .body(Map.of("title", title, "text", text))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The demo article imported from seeds/articles. */
    public static long seedArticle() {
        List<Map<String, Object>> all = as("alice")
                .get("/api/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(a -> String.valueOf(a.get("title")).startsWith("In a telephone call on Thursday"))
                .map(a -> ((Number) a.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** Creates a claim by quote on an article; returns its id. */
    public static long claim(String user, long articleId, String exact) {
        return claim(user, articleId, exact, "Jen Psaki");
    }

    /** The same, said by someone else. */
    public static long claim(String user, long articleId, String exact, String claimant) {
        return createClaim(
                        user,
                        articleId,
                        Map.of(
                                "selectors",
                                List.of(Map.of("type", "TextQuoteSelector", "exact", exact)),
                                "claimant",
                                claimant,
                                "claimType",
                                "statistic"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static Response createClaim(String user, long articleId, Map<String, Object> body) {
        return as(user).body(body).post("/api/articles/{id}/claims", articleId);
    }

    public static Response getClaim(String user, long claimId) {
        return as(user).get("/api/claims/{id}", claimId);
    }

    public static long version(long claimId) {
        return getClaim("alice", claimId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    public static String state(long claimId) {
        return getClaim("alice", claimId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("state");
    }

    public static Response transition(
            String user, long claimId, String action, Long version, String reason, String assignee) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", version);
        body.put("reason", reason);
        body.put("assignee", assignee);
        return as(user).body(body).post("/api/claims/{id}/transitions", claimId);
    }

    /** Takes an action that must succeed, at the claim's current version. */
    public static void move(String user, long claimId, String action, String reason) {
        transition(user, claimId, action, version(claimId), reason, null).then().statusCode(200);
    }

    public static Response addSource(String user, long claimId, Map<String, Object> source) {
        Map<String, Object> body = new HashMap<>(source);
        body.putIfAbsent("version", version(claimId));
        return as(user).body(body).post("/api/claims/{id}/sources", claimId);
    }

    public static void addGoodSource(String user, long claimId) {
        addSource(
                        user,
                        claimId,
                        Map.of(
                                "url",
                                "https://www.whitehouse.gov/briefing-room/statement",
                                "title",
                                "Readout of President Biden's call",
                                "publisher",
                                "The White House",
                                "stance",
                                "supports",
                                "kind",
                                "primary"))
                .then()
                .statusCode(201);
    }

    public static Response verdict(String user, long claimId, long ratingId, String conclusion) {
        return as(user).body(Map.of(
                        "version",
                        version(claimId),
                        "ratingId",
                        ratingId,
                        "conclusion",
                        conclusion,
                        "rationale",
                        "The White House readout gives the duration."))
                .put("/api/claims/{id}/verdict", claimId);
    }

    /** The id of a current rating by its label. */
    public static long rating(String label) {
        List<Map<String, Object>> all = as("alice")
                .get("/api/ratings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(r -> label.equals(r.get("label")) && Boolean.FALSE.equals(r.get("retired")))
                .map(r -> ((Number) r.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** A claim researched by alice (source, verdict) and submitted: AWAITING_APPROVAL. */
    public static long submittedClaim(long articleId, String exact) {
        long claim = claim("alice", articleId, exact);
        move("alice", claim, "start", null);
        addGoodSource("alice", claim);
        verdict("alice", claim, rating("True"), "The call lasted 50 minutes.")
                .then()
                .statusCode(200);
        move("alice", claim, "submit", null);
        return claim;
    }

    /** A claim that went all the way to PUBLISHED (approved and published by erin). */
    public static long publishedClaim(long articleId, String exact) {
        long claim = submittedClaim(articleId, exact);
        move("erin", claim, "approve", null);
        move("erin", claim, "publish", null);
        return claim;
    }
}

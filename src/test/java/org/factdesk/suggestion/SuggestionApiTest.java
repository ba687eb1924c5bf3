package org.factdesk.suggestion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** GET /api/articles/{id}/suggestions, dismissals, and a suggestion turned into a claim by its offsets. */
@QuarkusTest
class SuggestionApiTest {

    /** A copy of the demo article of its own, so no other test's claims or dismissals change its suggestions. */
    static long demoArticleCopy() {
        String text = Api.as("alice")
                .get("/api/articles/{id}", Api.seedArticle())
                .then()
                .statusCode(200)
                .extract()
                .path("text");
        return Api.article("Suggestions " + System.nanoTime(), text);
    }

    static List<Map<String, Object>> suggestions(long article, int limit) {
        return Api.as("alice")
                .get("/api/articles/{id}/suggestions?limit=" + limit, article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("suggestions");
    }

    static Map<String, Object> find(List<Map<String, Object>> suggestions, String exact) {
        return suggestions.stream()
                .filter(s -> s.get("exact").equals(exact))
                .findFirst()
                .orElseThrow(() -> new AssertionError(exact + " not in " + suggestions));
    }

    @Test
    void theDemoArticlesSuggestionsBecomeAClaimByTheirOffsetsAndAreThenNoLongerSuggested() {
        long article = demoArticleCopy();
        JsonPath body = Api.as("alice")
                .get("/api/articles/{id}/suggestions?limit=5", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(article, body.getLong("articleId"));
        assertEquals(0, body.getInt("dismissed"));
        List<Map<String, Object>> suggestions = body.getList("suggestions");
        assertEquals(5, suggestions.size());
        Map<String, Object> call = find(suggestions, "50-minute phone call");
        assertTrue(((List<?>) call.get("reasons")).contains("duration"), "reasons: " + call.get("reasons"));

        Api.createClaim(
                        "alice",
                        article,
                        Map.of(
                                "claimType",
                                "statistic",
                                "selectors",
                                List.of(
                                        Map.of(
                                                "type",
                                                "TextPositionSelector",
                                                "start",
                                                call.get("start"),
                                                "end",
                                                call.get("end")),
                                        Map.of("type", "TextQuoteSelector", "exact", call.get("exact")))))
                .then()
                .statusCode(201)
                .body("selectors[1].exact", equalTo("50-minute phone call"));
        Api.as("bob")
                .get("/api/articles/{id}/suggestions?limit=50", article)
                .then()
                .statusCode(200)
                .body("suggestions.exact", not(hasItem("50-minute phone call")));
    }

    @Test
    void aDismissedPhraseIsNoLongerSuggestedToAnyoneUntilRestored() {
        long article = demoArticleCopy();
        String phrase = (String) suggestions(article, 3).get(0).get("exact");
        Api.as("alice")
                .body(Map.of("exact", phrase))
                .post("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(204);
        Api.as("alice")
                .body(Map.of("exact", phrase))
                .post("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(204); // twice is still once
        Api.as("bob")
                .get("/api/articles/{id}/suggestions?limit=50", article)
                .then()
                .statusCode(200)
                .body("suggestions.exact", not(hasItem(phrase)))
                .body("dismissed", equalTo(1));

        Api.as("bob")
                .delete("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(200)
                .body("restored", equalTo(1));
        assertEquals(phrase, suggestions(article, 3).get(0).get("exact"));
    }

    @Test
    void suggestionsNeitherOverlapClaimsNorEachOther() {
        long article = demoArticleCopy();
        Api.claim("alice", article, "lowest since the end of the Cold War");
        List<Map<String, Object>> all = suggestions(article, 50);
        int lowest = Api.as("alice")
                .get("/api/articles/{id}", article)
                .then()
                .extract()
                .<String>path("text")
                .indexOf("lowest since the end of the Cold War");
        for (Map<String, Object> s : all) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertTrue(
                    end <= lowest || start >= lowest + "lowest since the end of the Cold War".length(),
                    "overlaps the claim: " + s);
            for (Map<String, Object> other : all) {
                if (other != s) {
                    assertTrue(
                            end <= (Integer) other.get("start") || start >= (Integer) other.get("end"),
                            "overlapping suggestions: " + s + " and " + other);
                }
            }
        }
    }

    /**
     * Found by the benchmark, whose seeded versions all store the same SHA-256: suggestions were
     * cached by that column, so one text got another's offsets and its reading view failed.
     */
    @Test
    void twoTextsWithTheSameStoredHashKeepTheirOwnSuggestions() {
        long longer = demoArticleCopy();
        String text = "The minister said unemployment fell by 12 percent in 2023, the lowest since 1990.";
        long shorter = Api.article("Suggestions, short " + System.nanoTime(), "An earlier text.");
        // A second version written the way the benchmark's seed writes them (versions are never updated).
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> Panache.getEntityManager()
                                .createNativeQuery(
                                        "insert into article_version (article_id, version_no, body, sha256, created_by)"
                                                + " select ?2, 2, ?3, sha256, 'test' from article_version"
                                                + " where article_id = ?1")
                                .setParameter(1, longer)
                                .setParameter(2, shorter)
                                .setParameter(3, text)
                                .executeUpdate()));
        assertTrue(suggestions(longer, 50).size() > 5, "the longer text's suggestions are cached first");
        List<Map<String, Object>> own = suggestions(shorter, 50);
        assertTrue(!own.isEmpty(), "the short text has suggestions of its own");
        for (Map<String, Object> s : own) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertTrue(
                    end <= text.length() && text.substring(start, end).equals(s.get("exact")), "not this text's: " + s);
        }
    }

    @Test
    void badInputIsRefusedWithAProblem() {
        long article = demoArticleCopy();
        Api.as("alice")
                .get("/api/articles/{id}/suggestions?limit=0", article)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"));
        Api.as("alice")
                .get("/api/articles/{id}/suggestions", 999_999_999L)
                .then()
                .statusCode(404);
        Api.as("alice")
                .body(Map.of("exact", "words that are nowhere in the article"))
                .post("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.exact", containsString("not in article"));
        Api.as("alice")
                .body(Map.of("exact", "  "))
                .post("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(422)
                .body("errors.exact", containsString("1 to 2000"));
        Api.as("alice")
                .body("{}")
                .post("/api/articles/{id}/suggestions/dismissals", article)
                .then()
                .statusCode(422);
        Api.as("alice")
                .body(Map.of("exact", "call"))
                .post("/api/articles/{id}/suggestions/dismissals", 999_999_999L)
                .then()
                .statusCode(404);
        assertEquals(
                0,
                Api.as("alice")
                        .get("/api/articles/{id}/suggestions", article)
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("dismissed"),
                "nothing refused was remembered");
    }
}

package org.factdesk.suggestion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String text = Api.as("alice").get("/api/articles/{id}", Api.seedArticle()).then().statusCode(200)
                .extract().path("text");
        return Api.article("Suggestions " + System.nanoTime(), text);
    }

    static List<Map<String, Object>> suggestions(long article, int limit) {
        return Api.as("alice").get("/api/articles/{id}/suggestions?limit=" + limit, article)
                .then().statusCode(200).extract().jsonPath().getList("suggestions");
    }

    static Map<String, Object> find(List<Map<String, Object>> suggestions, String exact) {
        return suggestions.stream().filter(s -> s.get("exact").equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError(exact + " not in " + suggestions));
    }

    @Test
    void theDemoArticlesSuggestionsBecomeAClaimByTheirOffsetsAndAreThenNoLongerSuggested() {
        long article = demoArticleCopy();
        JsonPath body = Api.as("alice").get("/api/articles/{id}/suggestions?limit=5", article)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(article, body.getLong("articleId"));
        assertEquals(0, body.getInt("dismissed"));
        List<Map<String, Object>> suggestions = body.getList("suggestions");
        assertEquals(5, suggestions.size());
        Map<String, Object> call = find(suggestions, "50-minute phone call");
        assertTrue(((List<?>) call.get("reasons")).contains("duration"), "reasons: " + call.get("reasons"));

        Api.createClaim("alice", article, Map.of("claimType", "statistic", "selectors", List.of(
                Map.of("type", "TextPositionSelector", "start", call.get("start"), "end", call.get("end")),
                Map.of("type", "TextQuoteSelector", "exact", call.get("exact")))))
                .then().statusCode(201).body("selectors[1].exact", equalTo("50-minute phone call"));
        Api.as("bob").get("/api/articles/{id}/suggestions?limit=50", article).then().statusCode(200)
                .body("suggestions.exact", not(hasItem("50-minute phone call")));
    }

    @Test
    void aDismissedPhraseIsNoLongerSuggestedToAnyoneUntilRestored() {
        long article = demoArticleCopy();
        String phrase = (String) suggestions(article, 3).get(0).get("exact");
        Api.as("alice").body(Map.of("exact", phrase)).post("/api/articles/{id}/suggestions/dismissals", article)
                .then().statusCode(204);
        Api.as("alice").body(Map.of("exact", phrase)).post("/api/articles/{id}/suggestions/dismissals", article)
                .then().statusCode(204); // twice is still once
        Api.as("bob").get("/api/articles/{id}/suggestions?limit=50", article).then().statusCode(200)
                .body("suggestions.exact", not(hasItem(phrase))).body("dismissed", equalTo(1));

        Api.as("bob").delete("/api/articles/{id}/suggestions/dismissals", article).then().statusCode(200)
                .body("restored", equalTo(1));
        assertEquals(phrase, suggestions(article, 3).get(0).get("exact"));
    }

    @Test
    void suggestionsNeitherOverlapClaimsNorEachOther() {
        long article = demoArticleCopy();
        Api.claim("alice", article, "lowest since the end of the Cold War");
        List<Map<String, Object>> all = suggestions(article, 50);
        int lowest = Api.as("alice").get("/api/articles/{id}", article).then().extract().<String>path("text")
                .indexOf("lowest since the end of the Cold War");
        for (Map<String, Object> s : all) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertTrue(end <= lowest || start >= lowest + "lowest since the end of the Cold War".length(),
                    "overlaps the claim: " + s);
            for (Map<String, Object> other : all) {
                if (other != s) {
                    assertTrue(end <= (Integer) other.get("start") || start >= (Integer) other.get("end"),
                            "overlapping suggestions: " + s + " and " + other);
                }
            }
        }
    }

    @Test
    void badInputIsRefusedWithAProblem() {
        long article = demoArticleCopy();
        Api.as("alice").get("/api/articles/{id}/suggestions?limit=0", article).then().statusCode(422)
                .contentType(containsString("application/problem+json"));
        Api.as("alice").get("/api/articles/{id}/suggestions", 999_999_999L).then().statusCode(404);
        Api.as("alice").body(Map.of("exact", "words that are nowhere in the article"))
                .post("/api/articles/{id}/suggestions/dismissals", article).then().statusCode(422)
                .contentType(containsString("application/problem+json")).body("errors.exact", containsString("not in article"));
        Api.as("alice").body(Map.of("exact", "  ")).post("/api/articles/{id}/suggestions/dismissals", article)
                .then().statusCode(422).body("errors.exact", containsString("1 to 2000"));
        Api.as("alice").body("{}").post("/api/articles/{id}/suggestions/dismissals", article).then().statusCode(422);
        Api.as("alice").body(Map.of("exact", "call")).post("/api/articles/{id}/suggestions/dismissals", 999_999_999L)
                .then().statusCode(404);
        assertEquals(0, Api.as("alice").get("/api/articles/{id}/suggestions", article).then().extract().jsonPath()
                .getInt("dismissed"), "nothing refused was remembered");
    }
}

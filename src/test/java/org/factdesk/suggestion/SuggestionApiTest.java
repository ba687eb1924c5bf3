package org.factdesk.suggestion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** GET /api/articles/{id}/suggestions, and a suggestion turned into a claim by its offsets. */
@QuarkusTest
class SuggestionApiTest {

    @Test
    void theDemoArticlesSuggestionsBecomeAClaimByTheirOffsets() {
        long article = Api.seedArticle();
        JsonPath body = Api.as("alice").get("/api/articles/{id}/suggestions?limit=5", article)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(article, body.getLong("articleId"));
        List<Map<String, Object>> suggestions = body.getList("suggestions");
        assertEquals(5, suggestions.size());
        Map<String, Object> call = suggestions.stream().filter(s -> s.get("exact").equals("50-minute phone call"))
                .findFirst().orElseThrow(() -> new AssertionError("50-minute phone call in " + suggestions));
        assertTrue(((List<?>) call.get("reasons")).contains("duration"), "reasons: " + call.get("reasons"));

        Api.createClaim("alice", article, Map.of("claimType", "statistic", "selectors", List.of(
                Map.of("type", "TextPositionSelector", "start", call.get("start"), "end", call.get("end")),
                Map.of("type", "TextQuoteSelector", "exact", call.get("exact")))))
                .then().statusCode(201).body("selectors[1].exact", equalTo("50-minute phone call"));
    }

    @Test
    void aLimitOutsideTheRangeIsRefusedWithAProblem() {
        long article = Api.seedArticle();
        Api.as("alice").get("/api/articles/{id}/suggestions?limit=0", article).then().statusCode(422)
                .contentType(containsString("application/problem+json"));
        Api.as("alice").get("/api/articles/{id}/suggestions", 999_999_999L).then().statusCode(404);
    }
}

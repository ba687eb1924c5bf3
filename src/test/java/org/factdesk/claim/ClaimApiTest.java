package org.factdesk.claim;

import static org.factdesk.testing.Api.as;
import static org.factdesk.testing.Api.createClaim;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ClaimApiTest {

    static Map<String, Object> byPosition(int start, int end, String exact) {
        return Map.of(
                "selectors",
                List.of(
                        Map.of("type", "TextPositionSelector", "start", start, "end", end),
                        Map.of("type", "TextQuoteSelector", "exact", exact)));
    }

    static Map<String, Object> byQuote(String exact) {
        return Map.of("selectors", List.of(Map.of("type", "TextQuoteSelector", "exact", exact)));
    }

    static String seedText(long articleId) {
        return as("alice")
                .get("/api/articles/{id}", articleId)
                .then()
                .statusCode(200)
                .extract()
                .path("text");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "50-minute phone call",
                "lowest since the end of the Cold War",
                "This is the second call in the month between the two leaders",
                "tone and tenor of diplomatic engagement"
            })
    void reviewerSelectsASeedClaimByPosition(String quote) {
        long article = Api.seedArticle();
        String text = seedText(article);
        int start = text.indexOf(quote);

        JsonPath claim = createClaim("alice", article, byPosition(start, start + quote.length(), quote))
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .jsonPath();

        assertEquals("TextPositionSelector", claim.getString("selectors[0].type"));
        assertEquals(start, claim.getInt("selectors[0].start"));
        assertEquals(start + quote.length(), claim.getInt("selectors[0].end"));
        assertEquals(quote, claim.getString("selectors[1].exact"));
        assertEquals(text.substring(Math.max(0, start - 32), start), claim.getString("selectors[1].prefix"));
        assertEquals(
                text.substring(start + quote.length(), Math.min(text.length(), start + quote.length() + 32)),
                claim.getString("selectors[1].suffix"));
        assertEquals("OPEN", claim.getString("state"));
        assertEquals(1, claim.getInt("articleVersion"));
        assertEquals("alice", claim.getString("createdBy"));
        assertEquals(List.of("start", "dismiss", "self_assign"), claim.getList("allowedActions"));
    }

    @Test
    void aSpanInsideCurlyQuotesIsFoundByItsPastedQuote() {
        long article = Api.seedArticle();
        createClaim("bob", article, byQuote("serious and substantive"))
                .then()
                .statusCode(201)
                .body("selectors[1].exact", equalTo("serious and substantive"))
                .body("selectors[1].prefix", containsString("was “"))
                .body("selectors[1].suffix", containsString("”."));
    }

    @Test
    void offsetsAfterEmojiCjkArabicAndCombiningAccentsLandExactly() {
        String text = "Le ministre 😀 a dit: 東京 compte 14 millions d’habitants. قال الوزير إن 3٪ فقط."
                + " L’e\u0301te\u0301 fut chaud 🌡️ ici.";
        long article = Api.article("Unicode test", text);
        for (String quote : List.of("東京 compte 14 millions", "قال الوزير إن 3٪", "e\u0301te\u0301 fut chaud 🌡️")) {
            int start = text.indexOf(quote);
            createClaim("alice", article, byPosition(start, start + quote.length(), quote))
                    .then()
                    .statusCode(201)
                    .body("selectors[0].start", equalTo(start))
                    .body("selectors[1].exact", equalTo(quote));
        }
        int emoji = text.indexOf("😀");
        createClaim("alice", article, byPosition(emoji + 1, emoji + 6, text.substring(emoji + 1, emoji + 6)))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.start", containsString("surrogate pair"));
    }

    @Test
    void overlappingNestedAndIdenticalSpansAreAllKept() {
        String text = "Unemployment fell to 3.5 percent, the lowest level in fifty years, the minister said.";
        long article = Api.article("Overlaps", text);
        Api.claim("alice", article, "Unemployment fell to 3.5 percent, the lowest level in fifty years");
        Api.claim("alice", article, "3.5 percent");
        Api.claim("bob", article, "3.5 percent");
        Api.claim("bob", article, "the lowest level in fifty years, the minister");

        as("alice")
                .get("/api/articles/{id}", article)
                .then()
                .statusCode(200)
                .body("claims", hasSize(4))
                .body("claims.selectors[1].exact", hasItem("3.5 percent"));
    }

    @Test
    void quoteThatDoesNotMatchThePositionIsRefused() {
        long article = Api.seedArticle();
        createClaim("alice", article, byPosition(0, 4, "Once"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasKey("exact"));
    }

    @Test
    void emptyReversedAndOutOfRangeSpansAreRefused() {
        long article = Api.seedArticle();
        createClaim("alice", article, byPosition(5, 5, ""))
                .then()
                .statusCode(422)
                .body("errors", hasKey("end"));
        createClaim("alice", article, byPosition(9, 5, "x"))
                .then()
                .statusCode(422)
                .body("errors", hasKey("end"));
        createClaim("alice", article, byPosition(-3, 5, "x"))
                .then()
                .statusCode(422)
                .body("errors", hasKey("start"));
        createClaim("alice", article, byPosition(5, 999_999, "x"))
                .then()
                .statusCode(422)
                .body("errors", hasKey("start"));
    }

    @Test
    void ambiguousQuoteListsItsCandidates() {
        createClaim("alice", Api.seedArticle(), byQuote("Ukraine"))
                .then()
                .statusCode(422)
                .body("errors", hasKey("exact"))
                .body("candidates.size()", greaterThan(1))
                .body("candidates[0]", hasKey("start"))
                .body("candidates[0]", hasKey("prefix"));
    }

    @Test
    void quoteWithContextPicksOneOccurrence() {
        createClaim(
                        "alice",
                        Api.seedArticle(),
                        Map.of(
                                "selectors",
                                List.of(Map.of(
                                        "type", "TextQuoteSelector", "exact", "Ukraine", "suffix", " is invaded"))))
                .then()
                .statusCode(201)
                .body("selectors[1].suffix", containsString(" is invaded."));
    }

    @Test
    void absentQuoteIsRefused() {
        createClaim("alice", Api.seedArticle(), byQuote("a 90-minute phone call"))
                .then()
                .statusCode(422)
                .body("detail", containsString("does not occur"));
    }

    @Test
    void claimDetailsAreStored() {
        long article = Api.seedArticle();
        createClaim(
                        "alice",
                        article,
                        Map.of(
                                "selectors",
                                byQuote("50-minute phone call").get("selectors"),
                                "claimant",
                                "Jen Psaki",
                                "claimDate",
                                "2021-12-30",
                                "claimType",
                                "statistic",
                                "whySelected",
                                "A precise duration is checkable.",
                                "tags",
                                List.of("Russia", "Ukraine", "Russia")))
                .then()
                .statusCode(201)
                .body("claimant", equalTo("Jen Psaki"))
                .body("claimDate", equalTo("2021-12-30"))
                .body("claimType", equalTo("statistic"))
                .body("whySelected", equalTo("A precise duration is checkable."))
                .body("tags", contains("Russia", "Ukraine"));
    }

    @Test
    void badInputIsAProblemDocumentNeverAServerError() {
        long article = Api.seedArticle();
        Map<String, Object> badType =
                Map.of("selectors", byQuote("50-minute phone call").get("selectors"), "claimType", "rumour");
        createClaim("alice", article, badType)
                .then()
                .statusCode(422)
                .body("errors.claimType", containsString("statistic"));
        createClaim("alice", article, Map.of("selectors", List.of()))
                .then()
                .statusCode(422)
                .body("errors", hasKey("selectors"));
        createClaim("alice", article, Map.of("selectors", List.of(Map.of("type", "XPathSelector", "value", "/p[1]"))))
                .then()
                .statusCode(422);
        createClaim(
                        "alice",
                        article,
                        Map.of("selectors", byQuote("50-minute phone call").get("selectors"), "claimDate", "yesterday"))
                .then()
                .statusCode(422)
                .body("errors", hasKey("claimDate"));
        as("alice")
                .body("{\"selectors\": [")
                .post("/api/articles/{id}/claims", article)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON of the expected shape."))
                .body(not(containsString("Exception")));
        createClaim("alice", 999_999, byQuote("x")).then().statusCode(404);
    }

    @Test
    void searchFiltersAndPagesWithACursor() {
        String text = "Alpha rose by 12 percent. Beta fell by 7 percent. Gamma doubled in a year.";
        long article = Api.article("Search test", text);
        long alpha = Api.claim("alice", article, "Alpha rose by 12 percent");
        long beta = Api.claim("alice", article, "Beta fell by 7 percent");
        long gamma = Api.claim("bob", article, "Gamma doubled in a year");
        Api.move("bob", gamma, "start", null);

        as("alice")
                .queryParam("article", article)
                .get("/api/claims")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) gamma, (int) beta, (int) alpha));
        as("alice")
                .queryParam("article", article)
                .queryParam("state", "in_research")
                .get("/api/claims")
                .then()
                .body("items.id", contains((int) gamma));
        as("alice")
                .queryParam("article", article)
                .queryParam("q", "BETA fell")
                .get("/api/claims")
                .then()
                .body("items.id", contains((int) beta));

        Set<Integer> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            var request = as("alice").queryParam("article", article).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page =
                    request.get("/api/claims").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("next");
            pages++;
        } while (after != null);
        assertEquals(Set.of((int) alpha, (int) beta, (int) gamma), seen);
        assertEquals(2, pages);

        as("alice")
                .queryParam("state", "sleeping")
                .get("/api/claims")
                .then()
                .statusCode(422)
                .body("errors", hasKey("state"));
        as("alice")
                .queryParam("limit", 5000)
                .get("/api/claims")
                .then()
                .statusCode(422)
                .body("errors", hasKey("limit"));
        as("alice")
                .queryParam("after", "abc")
                .get("/api/claims")
                .then()
                .statusCode(422)
                .body("errors", hasKey("after"));
    }

    @Test
    void unknownClaimIsNotFound() {
        as("alice")
                .get("/api/claims/987654321")
                .then()
                .statusCode(404)
                .body("detail", equalTo("There is no claim 987654321."));
    }

    @Test
    void articleThroughTheApiIsNormalizedAndValidated() {
        as("alice")
                .body(Map.of(
                        "title",
                        "  Line endings ",
                        "text",
                        "First  line.\r\nSame paragraph.\r\n\r\n\r\nNext paragraph.  ",
                        "url",
                        "https://example.org/news/1",
                        "publishedDate",
                        "2024-02-29",
                        "language",
                        "en",
                        "outlet",
                        "Example News"))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("title", equalTo("Line endings"))
                .body("text", equalTo("First line.\nSame paragraph.\n\nNext paragraph."))
                .body("publishedDate", equalTo("2024-02-29"))
                .body("claims", hasSize(0));
        as("alice")
                .body(Map.of("title", "x", "text", "y", "url", "javascript:alert(1)"))
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("errors", hasKey("url"));
        as("alice")
                .body(Map.of("text", "no title"))
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("errors", hasKey("title"));
        as("alice")
                .body(Map.of("title", "x", "text", "y", "publishedDate", "2023-02-30"))
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("errors", hasKey("publishedDate"));
        as("alice")
                .body(Map.of("title", "x", "text", "y", "language", "english!"))
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("errors", hasKey("language"));
        as("alice")
                .body(Map.of("title", "Too long", "text", "é".repeat(500_001)))
                .post("/api/articles")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("limit is 1000000 bytes"));
    }

    @Test
    void articleDetailListsItsClaimsWithTheCallersActions() {
        long article = Api.article("Detail", "The bridge cost 2 billion euros.");
        Api.claim("alice", article, "2 billion euros");
        as("erin")
                .get("/api/articles/{id}", article)
                .then()
                .statusCode(200)
                .body("claims[0].allowedActions", hasItem("assign"))
                .body("claims[0].verdict", nullValue());
    }
}

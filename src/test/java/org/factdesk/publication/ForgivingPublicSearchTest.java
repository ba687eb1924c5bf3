package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 10: the public search forgives. Words are stemmed, accents do not matter,
 * the claimant and the outlet are found in part and in any case, the rating is matched however
 * it is written, an inverted date range is explained, and no results offers to clear the filters.
 */
@QuarkusTest
class ForgivingPublicSearchTest {

    static long claim;

    /** Once for the class, when the app is up (a static @BeforeAll may run before Quarkus starts). */
    @BeforeEach
    void publishOnce() {
        if (claim != 0) {
            return;
        }
        long article = Api.as("alice")
                .body(Map.of(
                        "title", "Quokkaville harbour report",
                        "outlet", "The Quokkaville Gazette",
                        "text", "The mayor said the harbour ferries carried 2 million passengers, twice as many."))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        claim = Api.claim("alice", article, "the harbour ferries carried 2 million", "Zéphyrine Öztürk");
        Api.move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        Api.verdict("alice", claim, Api.rating("Half true"), "The ferries carried 1.2 million.")
                .then()
                .statusCode(200);
        Api.move("alice", claim, "submit", null);
        Api.move("erin", claim, "approve", null);
        Api.move("erin", claim, "publish", null);
    }

    private static List<Integer> ids(String query) {
        return given().get("/api/public/claims?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private static boolean finds(String query) {
        return ids(query).contains((int) claim);
    }

    @Test
    void wordsAreStemmedAndAccentsForgiven() {
        assertTrue(finds("q=ferry"), "ferry finds ferries");
        assertTrue(finds("q=ferry harbours"), "plural and singular both");
        assertTrue(finds("q=Zephyrine+Ozturk"), "the claimant, without the accents");
        assertTrue(finds("q=quokkaville"), "the article's title");
        assertFalse(finds("q=ferry+submarine"), "every word must match");
    }

    @Test
    void outletAndRatingMatchHoweverTheyAreWritten() {
        assertTrue(finds("outlet=gazette"), "part of the outlet");
        assertTrue(finds("outlet=QUOKKAVILLE"), "in any case");
        assertTrue(finds("rating=half-true"));
        assertTrue(finds("rating=Half"), "the start of the rating");
        assertTrue(finds("rating=half true"), "a space for the hyphen");
        assertFalse(finds("rating=true"), "True is another rating");
        assertFalse(finds("outlet=%"), "LIKE's own characters are plain text");
    }

    @Test
    void anInvertedDateRangeIsExplainedAndNoResultsOffersToClear() {
        String swapped = given().get("/claims?from=2099-01-01&to=2000-01-01")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                swapped.contains("data-testid=\"dates-swapped\""), "the page says the dates were read the other way");
        assertEquals(ids("from=2000-01-01&to=2099-01-01"), ids("from=2099-01-01&to=2000-01-01"));
        String none = given().get("/claims?q=xylophonequartz")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(none.contains("data-testid=\"clear-filters\""), "no results offers to clear the filters");
        String index = given().get("/claims").then().statusCode(200).extract().asString();
        assertTrue(index.contains("<option value=\"Half true\""), "the rating filter offers the scale's labels");
    }
}

package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview markup processed as JSON-LD (Titanium), with the schema.org context
 * served locally (the tests run offline): every required and recommended field is where
 * schema.org expects it, on a published and on a corrected claim.
 */
@QuarkusTest
class ClaimReviewJsonLdTest {

    static final String S = "https://schema.org/";

    /** schema.org's context, reduced to what matters for expansion: its vocabulary. */
    static final DocumentLoader OFFLINE_SCHEMA_ORG = (url, options) -> {
        if (!url.toString().startsWith("https://schema.org")) {
            throw new IllegalArgumentException("no network in tests: " + url);
        }
        try {
            Document document =
                    JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"https://schema.org/\"}}"));
            document.setDocumentUrl(URI.create("https://schema.org/"));
            return document;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    @Test
    void publishedAndCorrectedClaimReviewsExpandToTheSchemaOrgFields() throws Exception {
        long claim = Api.publishedClaim(
                Api.article("JSON-LD", "The museum had 2.1 million visitors in 2023."),
                "The museum had 2.1 million visitors in 2023");
        JsonObject published = expand(claim);
        assertClaimReview(published, "True");
        assertFalse(published.containsKey(S + "dateModified"), "no correction yet");

        Api.move("erin", claim, "open_correction", "New visitor figures.");
        Api.verdict("alice", claim, Api.rating("Mostly true"), "The museum now reports 2.0 million.")
                .then()
                .statusCode(200);
        Api.move("alice", claim, "submit", null);
        Api.move("admin", claim, "approve", null);
        Api.move("erin", claim, "publish", null);

        JsonObject corrected = expand(claim);
        assertClaimReview(corrected, "Mostly true");
        assertTrue(corrected.containsKey(S + "dateModified"), "a correction sets dateModified");
    }

    private static void assertClaimReview(JsonObject review, String label) {
        assertEquals(S + "ClaimReview", review.getJsonArray("@type").getString(0));
        assertTrue(value(review, "claimReviewed").length() < 75);
        assertTrue(value(review, "url").startsWith("http://localhost:8080/claims/"));
        assertFalse(value(review, "datePublished").isEmpty());
        JsonObject rating = node(review, "reviewRating");
        assertEquals(S + "Rating", rating.getJsonArray("@type").getString(0));
        assertEquals(label, value(rating, "alternateName"));
        for (String field : new String[] {"ratingValue", "bestRating", "worstRating"}) {
            assertFalse(value(rating, field).isEmpty(), field);
        }
        JsonObject item = node(review, "itemReviewed");
        assertEquals(S + "Claim", item.getJsonArray("@type").getString(0));
        assertEquals("Jen Psaki", value(node(item, "author"), "name"));
        assertTrue(node(item, "appearance").containsKey(S + "headline"));
        JsonObject author = node(review, "author");
        assertEquals(S + "Organization", author.getJsonArray("@type").getString(0));
        assertFalse(value(author, "name").isEmpty());
    }

    private static JsonObject expand(long claim) throws Exception {
        String location = given().redirects()
                .follow(false)
                .get("/claims/" + claim)
                .then()
                .statusCode(301)
                .extract()
                .header("Location");
        String html = given().get(URI.create(location).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find());
        JsonArray expanded = JsonLd.expand(
                        JsonDocument.of(new StringReader(m.group(1).replace("<\\/", "</"))))
                .loader(OFFLINE_SCHEMA_ORG)
                .get();
        assertEquals(1, expanded.size(), "one ClaimReview");
        return expanded.getJsonObject(0);
    }

    private static JsonObject node(JsonObject parent, String property) {
        return parent.getJsonArray(S + property).getJsonObject(0);
    }

    private static String value(JsonObject parent, String property) {
        JsonValue first = parent.getJsonArray(S + property).get(0);
        JsonValue value = first.asJsonObject().get("@value");
        return value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}

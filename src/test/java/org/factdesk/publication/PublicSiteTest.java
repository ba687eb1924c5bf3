package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** The public site, as an anonymous reader sees it: only what was published. */
@QuarkusTest
class PublicSiteTest {

    static String permalink(long claim) {
        String location = given().redirects()
                .follow(false)
                .get("/claims/" + claim)
                .then()
                .statusCode(301)
                .extract()
                .header("Location");
        return java.net.URI.create(location).getPath();
    }

    static JsonNode claimReview(String html) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "the page carries JSON-LD");
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void aPublishedClaimIsEverywhereAReaderLooks() throws Exception {
        long claim = Api.publishedClaim(Api.seedArticle(), "50-minute phone call");
        String path = permalink(claim);
        assertTrue(path.endsWith("/claims/" + claim + "-50-minute-phone-call"), path);

        given().get("/").then().statusCode(200).body(containsString("&ldquo;50-minute phone call&rdquo;"));
        given().get("/claims")
                .then()
                .statusCode(200)
                .body(containsString("/claims/" + claim + "-50-minute-phone-call"));
        String page = given().get(path)
                .then()
                .statusCode(200)
                .body(containsString("The call lasted 50 minutes."))
                .body(containsString("rel=\"canonical\" href=\"http://localhost:8080" + path + "\""))
                .body(containsString("<mark class=\"quote-exact\">50-minute phone call</mark>"))
                .body(containsString("during the "))
                .body(containsString("rel=\"nofollow noopener\""))
                .body(not(containsString("Alice Reviewer")))
                .body(not(containsString("Erin Editor")))
                .extract()
                .asString();

        JsonNode review = claimReview(page);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("50-minute phone call", review.get("claimReviewed").asText());
        assertEquals("http://localhost:8080" + path, review.get("url").asText());
        assertEquals("True", review.at("/reviewRating/alternateName").asText());
        assertEquals(5, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(0, review.at("/reviewRating/worstRating").asInt());
        assertEquals("Jen Psaki", review.at("/itemReviewed/author/name").asText());
        assertEquals("Organization", review.at("/author/@type").asText());
        assertFalse(review.at("/datePublished").asText().isEmpty());
        assertNull(review.get("dateModified"), "no correction yet");

        String articlePage = given().get("/articles/" + Api.seedArticle())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                articlePage.contains("href=\"/claims/" + claim + "-50-minute-phone-call\""),
                "the highlight links to the claim");
    }

    @Test
    void unpublishedClaimsAndArticlesAreNotFound() {
        long article = Api.article("Unpublished", "The harbour handled 9 million tonnes.");
        long claim = Api.submittedClaim(article, "9 million tonnes");
        given().redirects().follow(false).get("/claims/" + claim).then().statusCode(404);
        given().get("/claims/" + claim + "-9-million-tonnes")
                .then()
                .statusCode(404)
                .body(not(containsString("9 million tonnes")));
        given().get("/articles/" + article).then().statusCode(404);
        given().get("/claims/not-a-claim").then().statusCode(404);
    }

    @Test
    void duringACorrectionReadersKeepSeeingThePublishedVerdictThenTheCorrection() throws Exception {
        long article = Api.article("Corrected publicly", "The tower is 330 metres tall.");
        long claim = Api.publishedClaim(article, "330 metres tall");
        String path = permalink(claim);
        Api.move("erin", claim, "open_correction", "INTERNAL-REASON-never-public");
        Api.verdict("alice", claim, Api.rating("Mostly true"), "DRAFT-CONCLUSION-not-yet-public")
                .then()
                .statusCode(200);
        Api.as("alice")
                .body(Map.of("body", "INTERNAL-COMMENT-never-public"))
                .post("/api/claims/{id}/comments", claim)
                .then()
                .statusCode(201);

        given().get(path)
                .then()
                .statusCode(200)
                .body(containsString("The call lasted 50 minutes."))
                .body(not(containsString("DRAFT-CONCLUSION")))
                .body(not(containsString("INTERNAL-")));

        Api.move("alice", claim, "submit", null);
        Api.move("admin", claim, "approve", null);
        Api.move("erin", claim, "publish", null);

        String page = given().get(path)
                .then()
                .statusCode(200)
                .body(containsString("DRAFT-CONCLUSION-not-yet-public"))
                .body(containsString("Corrected on"))
                .body(containsString("Rating changed from “True” to “Mostly true”."))
                .body(not(containsString("INTERNAL-")))
                .body(not(containsString("alice")))
                .extract()
                .asString();
        JsonNode review = claimReview(page);
        assertEquals("Mostly true", review.at("/reviewRating/alternateName").asText());
        assertFalse(review.get("dateModified").asText().isEmpty());
    }

    @Test
    void aRetractedClaimStaysPublicWithItsNotice() {
        long claim = Api.publishedClaim(Api.article("Retracted", "Ferry fares fell by half."), "fell by half");
        Api.move("erin", claim, "retract", "We relied on a forged document.");
        given().get(permalink(claim))
                .then()
                .statusCode(200)
                .body(containsString("Retracted on"))
                .body(containsString("We relied on a forged document."));
    }

    @Test
    void theIndexSearchesAndFiltersInTheAddress() {
        long claim = Api.publishedClaim(
                Api.article("Searchable", "Cocoa prices tripled since spring."), "Cocoa prices tripled");
        given().queryParam("q", "cocoa")
                .get("/claims")
                .then()
                .statusCode(200)
                .body(containsString("/claims/" + claim + "-"));
        given().queryParam("q", "cocoa")
                .queryParam("rating", "False")
                .get("/claims")
                .then()
                .statusCode(200)
                .body(not(containsString("/claims/" + claim + "-")));
        given().queryParam("from", "yesterday").get("/claims").then().statusCode(422);
        given().get("/claims")
                .then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(not(containsString("ld+json\">{\"@context\":\"https://schema.org\"</script>")));
        given().queryParam("after", "garbage")
                .get("/claims")
                .then()
                .statusCode(422)
                .contentType(endsWith("html;charset=UTF-8"));
    }

    @Test
    void publicResponsesAreCacheableAndRevalidate() {
        Api.publishedClaim(Api.article("Cacheable", "Bus fares rose 5 percent."), "Bus fares rose 5 percent");
        for (String path :
                new String[] {"/", "/claims", "/claims.atom", "/api/public/claims", "/claims.csv", "/about/methodology"
                }) {
            String etag = given().get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", containsString("public"))
                    .header("Cache-Control", containsString("max-age=60"))
                    .extract()
                    .header("ETag");
            assertTrue(etag != null && !etag.isBlank(), path + " has an ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void aCachedPageIsServedExactlyAsRenderedWithItsHeadersAndNoCookie() {
        Api.publishedClaim(Api.article("Served from cache", "Tram fares fell 3 percent."), "Tram fares fell 3 percent");
        String path = "/claims?q=tram";
        var rendered = given().get(path).then().statusCode(200).extract(); // rendered by PublicPages
        var cached = given().get(path)
                .then()
                .statusCode(200) // served by PublicCacheRoute
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "public, max-age=60")
                .contentType("text/html;charset=UTF-8")
                .extract();
        assertEquals(rendered.asString(), cached.asString());
        assertEquals(rendered.header("ETag"), cached.header("ETag"));
        assertEquals(null, rendered.header("Set-Cookie"), "a public page sets no cookie (a CDN would not share it)");
        assertEquals(null, cached.header("Set-Cookie"));
        String etag = cached.header("ETag");
        given().header("If-None-Match", "\"other\", W/" + etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=60");
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        given().head(path).then().statusCode(200);
    }

    @Test
    void feedJsonCsvAndAnnotationCarryThePublication() throws Exception {
        long claim = Api.publishedClaim(
                Api.article("Formats", "Rail freight grew 12 percent."), "Rail freight grew 12 percent");
        String atom = given().get("/claims.atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .extract()
                .asString();
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(atom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                "feed",
                document.getDocumentElement().getLocalName() == null
                        ? document.getDocumentElement().getNodeName()
                        : document.getDocumentElement().getLocalName());
        assertTrue(atom.contains("/claims/" + claim + "-rail-freight-grew-12-percent"), "the feed links the claim");

        given().get("/api/public/claims")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) claim))
                .body("items.find { it.id == " + claim + " }.rating.label", org.hamcrest.Matchers.equalTo("True"))
                .body(not(containsString("\"alice\"")));
        given().get("/claims.csv").then().statusCode(200).body(containsString("\"Rail freight grew 12 percent\""));

        JsonNode annotation = new ObjectMapper()
                .readTree(given().get("/claims/" + claim + ".annotation.jsonld")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals("assessing", annotation.get("motivation").asText());
        assertEquals(
                "TextPositionSelector", annotation.at("/target/selector/0/type").asText());
        assertEquals(
                "Rail freight grew 12 percent",
                annotation.at("/target/selector/1/exact").asText());
    }

    @Test
    void methodologyAndCorrectionsPolicyArePublished() {
        given().get("/about/methodology").then().statusCode(200).body(containsString("<h1>How we check claims</h1>"));
        given().get("/about/corrections").then().statusCode(200).body(containsString("<h1>Corrections policy</h1>"));
        given().get("/about/secrets").then().statusCode(404);
        given().get("/about/..%2F..%2Fpom").then().statusCode(404);
    }

    @Test
    void csvCellsCannotBecomeSpreadsheetFormulas() {
        assertEquals("\"'=HYPERLINK(1)\"", PublicFeeds.cell("=HYPERLINK(1)"));
        assertEquals("\"say \"\"hi\"\"\"", PublicFeeds.cell("say \"hi\""));
    }
}

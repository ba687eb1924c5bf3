package org.factdesk.repeat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** "Already checked?" through the API: similar earlier claims, the repeat link, and the public permalink's count. */
@QuarkusTest
class RepeatApiTest {

    /** A place name of this run's own, so other tests' claims do not match. */
    static String place() {
        return "Vellmar" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    }

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

    @Test
    void aNewClaimFindsTheEarlierCheckedOneAndIsLinkedAsItsRepeat() {
        String place = place();
        String said = "Unemployment in " + place + " fell to 3.5% in May";
        long first = Api.article("First report " + place, said + ", the lowest rate in decades.");
        long original = Api.publishedClaim(first, said);
        long lookalikeArticle = Api.article(
                "Other report " + place, "Unemployment in " + place + " fell to 4.5% in May, officials said.");
        long lookalike = Api.publishedClaim(lookalikeArticle, "Unemployment in " + place + " fell to 4.5% in May");

        long second = Api.article(
                "Second report " + place, "The mayor said unemployment in " + place + " fell to 3.5 per cent in May.");
        Response created = Api.createClaim(
                "bob",
                second,
                Map.of(
                        "selectors",
                        List.of(Map.of(
                                "type",
                                "TextQuoteSelector",
                                "exact",
                                "unemployment in " + place + " fell to 3.5 per cent in May"))));
        created.then().statusCode(201);
        long repeat = created.jsonPath().getLong("id");
        assertTrue(
                created.header("Link").contains("</api/claims/" + repeat + "/similar>; rel=\"similar\""),
                created.header("Link"));
        assertEquals(
                original,
                created.jsonPath().getLong("alreadyChecked[0].claim.claimId"),
                "the creation answer shows it at once");
        assertEquals("likely-same", created.jsonPath().getString("alreadyChecked[0].band"));

        JsonPath similar = Api.as("bob")
                .get("/api/claims/{id}/similar", repeat)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> matches = similar.getList("matches");
        assertEquals(original, similar.getLong("matches[0].claim.claimId"), "best: the same claim " + matches);
        assertEquals("likely-same", matches.get(0).get("band"));
        assertEquals("True", similar.getString("matches[0].claim.verdict.rating.label"));
        assertTrue(similar.getString("matches[0].claim.checkedAt") != null);
        for (Map<String, Object> match : matches) {
            if (((Number) ((Map<?, ?>) match.get("claim")).get("claimId")).longValue() == lookalike) {
                assertEquals("similar", match.get("band"), "another number is never 'likely the same'");
                assertTrue(((List<?>) match.get("differences")).contains("numbers"), match.toString());
            }
        }

        Api.as("bob")
                .body(Map.of("claimId", original, "version", Api.version(repeat)))
                .put("/api/claims/{id}/repeat-of", repeat)
                .then()
                .statusCode(200)
                .body("repeatOf.claimId", equalTo((int) original))
                .body("repeatOf.verdict.conclusion", equalTo("The call lasted 50 minutes."));
        Api.getClaim("bob", repeat)
                .then()
                .body("verdict", nullValue())
                .body("state", equalTo("OPEN")); // offered, not applied
        Api.as("bob").get("/api/claims/{id}/history", repeat).then().body("events.action", hasItem("repeat_linked"));

        String page = given().get(permalink(original))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                page.contains("Repeated elsewhere") && page.contains("Second report " + place) && page.contains("once"),
                page);

        Api.as("bob")
                .queryParam("version", Api.version(repeat))
                .delete("/api/claims/{id}/repeat-of", repeat)
                .then()
                .statusCode(200)
                .body("repeatOf", nullValue());
        given().get(permalink(original)).then().statusCode(200).body(not(containsString("Second report " + place)));
    }

    @Test
    void linkingToARepeatLinksToItsOriginal() {
        String place = place();
        String said = "The " + place + " bridge will take 3 years to build";
        long article = Api.article("Bridge " + place, said + ", the council said.");
        long original = Api.publishedClaim(article, said);
        long other = Api.article("Bridge again " + place, said + ", engineers said.");
        long repeat = Api.submittedClaim(other, said);
        Api.as("alice")
                .body(Map.of("claimId", original, "version", Api.version(repeat)))
                .put("/api/claims/{id}/repeat-of", repeat)
                .then()
                .statusCode(200);
        long third = Api.article("Bridge thrice " + place, said + ", the mayor said.");
        long later = Api.claim("alice", third, said);
        Api.as("alice")
                .body(Map.of("claimId", repeat, "version", Api.version(later)))
                .put("/api/claims/{id}/repeat-of", later)
                .then()
                .statusCode(200)
                .body("repeatOf.claimId", equalTo((int) original));
        String page = given().get(permalink(original))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("2 times"), "both repeats are counted on the original's page");
    }

    @Test
    void badLinksAreRefusedWithAProblem() {
        String place = place();
        long article = Api.article(
                "Refusals " + place, "The " + place + " tram line opened in 2019 and carried 10 million people.");
        long open = Api.claim("alice", article, "The " + place + " tram line opened in 2019");
        long other = Api.claim("alice", article, "carried 10 million people");
        Api.as("alice")
                .body(Map.of("claimId", open, "version", Api.version(open)))
                .put("/api/claims/{id}/repeat-of", open)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.claimId", containsString("itself"));
        Api.as("alice")
                .body(Map.of("claimId", 999_999_999L, "version", Api.version(open)))
                .put("/api/claims/{id}/repeat-of", open)
                .then()
                .statusCode(422)
                .body("errors.claimId", containsString("no claim"));
        Api.as("alice")
                .body(Map.of("claimId", other, "version", Api.version(open)))
                .put("/api/claims/{id}/repeat-of", open)
                .then()
                .statusCode(422)
                .body("errors.claimId", containsString("no verdict"));
        Api.as("alice")
                .body(Map.of("version", Api.version(open)))
                .put("/api/claims/{id}/repeat-of", open)
                .then()
                .statusCode(422);
        Api.as("alice")
                .body("{\"claimId\": \"x\", \"version\": " + Api.version(open) + "}")
                .put("/api/claims/{id}/repeat-of", open)
                .then()
                .statusCode(422);
        Api.as("alice").get("/api/claims/{id}/similar", 999_999_999L).then().statusCode(404);
        Api.as("alice")
                .get("/api/claims/{id}/similar", open)
                .then()
                .statusCode(200)
                .body("repeatOf", nullValue());
    }
}

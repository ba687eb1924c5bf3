package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

/** A desk that signs its checks names who researched and who published each one. */
@QuarkusTest
@TestProfile(ShowReviewersTest.Named.class)
class ShowReviewersTest {

    public static class Named implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.public.show-reviewers", "true");
        }
    }

    @Test
    void thePermalinkAndTheJsonNameTheReviewerAndThePublisher() {
        long claim = Api.publishedClaim(
                Api.article("Signed check", "Ferry tickets rose 9 percent."), "Ferry tickets rose 9 percent");
        given().get(PublicSiteTest.permalink(claim))
                .then()
                .statusCode(200)
                .body(containsString("Checked by Alice Reviewer, published by Erin Editor."));
        given().get("/api/public/claims")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + claim + " }.checkedBy", equalTo("Alice Reviewer"))
                .body("items.find { it.id == " + claim + " }.publishedBy", equalTo("Erin Editor"));
    }
}

package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.testing.KeycloakFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ArticleApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "erin", "admin"})
    void teamMembersReadTheArticleList(String user) {
        given().auth()
                .oauth2(KeycloakFixture.tokenFor(user))
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("title", hasItem(startsWith("In a telephone call on Thursday")))
                .body("publishedDate", hasItem("2021-12-31"));
    }

    @Test
    void reviewerReadsOneArticleWithItsText() {
        String token = KeycloakFixture.tokenFor("alice");
        int id = given().auth()
                .oauth2(token)
                .get("/api/articles")
                .then()
                .extract()
                .path("[0].id");

        given().auth()
                .oauth2(token)
                .get("/api/articles/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("publishedDate", equalTo("2021-12-31"))
                .body("version", equalTo(1))
                .body("text", containsString("during the 50-minute phone call, Biden urged Putin"))
                .body("text", containsString("have sunk to their lowest since the end of the Cold War."));
    }

    @Test
    void unknownArticleIsAProblemDocument() {
        given().auth()
                .oauth2(KeycloakFixture.tokenFor("alice"))
                .get("/api/articles/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no article 999999."));
    }

    @Test
    void malformedIdIsNotFoundNotAServerError() {
        given().auth()
                .oauth2(KeycloakFixture.tokenFor("alice"))
                .get("/api/articles/not-a-number")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorizedWithoutRedirect() {
        given().redirects().follow(false).get("/api/articles").then().statusCode(401);
    }

    @Test
    void garbledTokenIsUnauthorized() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.bm90IGEgdG9rZW4.c2lnbmF0dXJl")
                .get("/api/articles")
                .then()
                .statusCode(401);
        String real = KeycloakFixture.tokenFor("alice");
        String tampered = real.substring(0, real.length() - 6) + (real.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        given().auth().oauth2(tampered).get("/api/articles").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherRealmIsUnauthorized() {
        given().auth()
                .oauth2(KeycloakFixture.masterRealmToken())
                .get("/api/articles")
                .then()
                .statusCode(401);
    }

    @Test
    void tokenIssuedForAnotherClientIsUnauthorized() {
        given().auth()
                .oauth2(KeycloakFixture.otherClientToken("alice"))
                .get("/api/articles")
                .then()
                .statusCode(401);
    }

    @Test
    void expiredTokenIsUnauthorized() throws InterruptedException {
        String token = KeycloakFixture.shortLivedToken("alice");
        given().auth().oauth2(token).get("/api/articles").then().statusCode(200);

        Thread.sleep((KeycloakFixture.SHORT_LIVED_SECONDS + 2) * 1000L);

        given().auth().oauth2(token).get("/api/articles").then().statusCode(401);
    }
}

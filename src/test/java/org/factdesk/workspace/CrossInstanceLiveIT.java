package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import org.factdesk.testing.Api;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Test 4 of the workspace issue: two instances of the packaged app share one database; a
 * change made through one reaches a browser connected to the other, live (PostgreSQL
 * LISTEN/NOTIFY between the instances, server-sent events to the browser).
 */
class CrossInstanceLiveIT {

    /** The browser's instance: 8081 is a redirect address the demo realm accepts. */
    static AppInstance browsers;
    /** The instance the change is made through (JSON API, bearer token: no redirect needed). */
    static AppInstance writer;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        browsers = new AppInstance(8081);
        writer = new AppInstance(8092);
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = writer.port();
    }

    @AfterAll
    static void stopThem() {
        if (writer != null) {
            writer.close();
        }
        if (browsers != null) {
            browsers.close();
        }
    }

    /** The packaged app runs the prod profile: HSTS is on there, as on every other route. */
    @Test
    void productionResponsesAskForHttpsOnly() {
        for (String path : new String[] {"/", "/claims", "/workspace", "/api/public/claims", "/q/health"}) {
            io.restassured.RestAssured.given()
                    .baseUri("http://localhost")
                    .port(writer.port())
                    .redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .header("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age="));
        }
    }

    @Test
    void aSubmissionThroughOneInstanceAppearsLiveInTheQueueServedByTheOther() throws Exception {
        try (Chromium erin = new Chromium()) {
            erin.logIn(browsers.url() + "/workspace/queue", "erin");
            erin.waitFor(By.id("queue-items"));
            erin.script("window.factdeskStayed = true;");

            long claim = Api.submittedClaim(
                    Api.article("Two instances", "Subway ridership grew 8 percent in May."), "grew 8 percent");

            erin.waitFor(By.cssSelector(".queue-item[data-claim-id='" + claim + "']"));
            assertEquals(Boolean.TRUE, erin.script("return window.factdeskStayed === true;"), "no reload");
        }
    }

    @Test
    void aPublicationThroughOneInstanceEmptiesThePublicCacheOfTheOther() throws Exception {
        String before = io.restassured.RestAssured.given()
                .baseUri(browsers.url())
                .port(browsers.port())
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        long claim = Api.publishedClaim(
                Api.article("Cache across instances", "Tram ridership rose 6 percent."),
                "Tram ridership rose 6 percent");
        String marker = "/claims/" + claim + "-";
        org.junit.jupiter.api.Assertions.assertFalse(before.contains(marker));
        long deadline = System.currentTimeMillis() + 6_000;
        String after = "";
        while (System.currentTimeMillis() < deadline && !after.contains(marker)) {
            after = io.restassured.RestAssured.given()
                    .baseUri(browsers.url())
                    .port(browsers.port())
                    .get("/claims")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            Thread.sleep(200);
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                after.contains(marker), "the other instance's cached /claims showed the new publication");
    }
}

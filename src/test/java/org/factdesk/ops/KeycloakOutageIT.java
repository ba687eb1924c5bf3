package org.factdesk.ops;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.KeycloakFixture;
import org.factdesk.testing.Scripts;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stopped: the public site keeps serving, API calls with tokens issued before keep
 * working, and someone who wants to sign in gets a clear page instead of a dead address.
 * Keycloak back: sign-in works again by itself.
 */
class KeycloakOutageIT {

    @Test
    void withoutKeycloakReadersAndSignedInCallersCarryOnAndSignInSaysItIsUnavailable() throws Exception {
        try (AppInstance app = new AppInstance(8098)) {
            String token = KeycloakFixture.tokenFor("alice");
            spec(app).auth().oauth2(token).get("/api/claims").then().statusCode(200);
            spec(app).redirects().follow(false).get("/workspace").then().statusCode(302);

            Scripts.run("scripts/keycloak.sh", "stop");
            try {
                spec(app).get("/claims").then().statusCode(200);
                spec(app).get("/").then().statusCode(200);
                spec(app).auth().oauth2(token).get("/api/claims").then().statusCode(200);
                spec(app).auth().oauth2(token).get("/api/workflow").then().statusCode(200);
                // The app asks Keycloak at most every 5 s: within that it may still send people there.
                Instant until = Instant.now().plus(Duration.ofSeconds(10));
                while (Instant.now().isBefore(until)
                        && spec(app).redirects().follow(false).get("/workspace").statusCode() != 503) {
                    Thread.sleep(250);
                }
                spec(app)
                        .redirects()
                        .follow(false)
                        .get("/workspace")
                        .then()
                        .statusCode(503)
                        .contentType(containsString("text/html"))
                        .body(containsString("Sign-in is unavailable"))
                        .body(containsString("Nothing of your work is lost"));
            } finally {
                Scripts.run("scripts/keycloak.sh", "start");
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            int status = -1;
            while (Instant.now().isBefore(deadline) && status != 302) {
                Thread.sleep(500);
                status = spec(app).redirects().follow(false).get("/workspace").statusCode();
            }
            assertEquals(302, status, "sign-in works again once Keycloak is back");
            assertTrue(KeycloakFixture.tokenFor("alice").length() > 20);
        }
    }

    private static RequestSpecification spec(AppInstance app) {
        return RestAssured.given().baseUri("http://localhost").port(app.port());
    }
}

package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.testing.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers; the policy allows no inline script. */
@QuarkusTest
class SecurityHeadersTest {

    /** Private pages are never stored; public ones are shared for a minute. */
    @org.junit.jupiter.api.Test
    void privateResponsesAreNotStoredAndPublicOnesAre() {
        given().redirects().follow(false).get("/workspace").then().header("Cache-Control", equalTo("no-store"));
        given().get("/api/public/claims").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"));
        given().get("/claims").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/workspace",
                "/workspace/articles",
                "/css/factdesk.css",
                "/js/annotate.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/no-such-page",
                "/q/health"
            })
    void anonymousResponsesCarryTheHeaders(String path) {
        given().redirects()
                .follow(false)
                .get(path)
                .then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles", "/api/claims", "/api/workflow"})
    void apiResponsesCarryTheHeaders(String path) {
        Api.as("alice")
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

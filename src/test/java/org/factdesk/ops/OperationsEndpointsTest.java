package org.factdesk.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthIsUpIncludingTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiDescribesTheArticleApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/articles/{id}"));
    }
}

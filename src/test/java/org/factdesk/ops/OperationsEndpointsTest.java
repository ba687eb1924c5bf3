package org.factdesk.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthIsUpIncludingTheDatabase() {
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiDescribesTheArticleApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/articles/{id}"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsItsRolesAndErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/public/")) {
                continue; // the public API needs no login
            }
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                List<Map<String, List<String>>> security =
                        (List<Map<String, List<String>>>) op.getValue().get("security");
                assertFalse(
                        security == null
                                || security.isEmpty()
                                || security.get(0).values().iterator().next().isEmpty(),
                        where + " names its roles");
                Map<String, Object> responses =
                        (Map<String, Object>) op.getValue().get("responses");
                assertTrue(responses.keySet().containsAll(List.of("401", "403")), where + " documents 401 and 403");
                if (path.getKey().contains("{")) {
                    assertTrue(responses.containsKey("404"), where + " documents 404");
                }
                if (!op.getKey().equals("get")) {
                    assertTrue(responses.containsKey("422") || op.getKey().equals("delete"), where + " documents 422");
                }
                operations++;
            }
        }
        assertTrue(operations >= 20, "found " + operations + " API operations");
    }
}

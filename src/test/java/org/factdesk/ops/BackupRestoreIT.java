package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.Scripts;
import org.junit.jupiter.api.Test;

/**
 * {@code ./factdesk backup} then {@code ./factdesk restore} into a fresh database: the packaged
 * app on the restored database shows readers exactly what the original showed.
 */
class BackupRestoreIT {

    private static final List<String> PAGES =
            List.of("/", "/claims", "/claims.atom", "/api/public/claims", "/claims.csv");

    @Test
    void aRestoredDatabaseServesTheSamePublicSite() throws Exception {
        Map<String, String> sameAddress = Map.of("FACTDESK_PUBLIC_URL", "https://factcheck.example.test");
        Map<String, String> before = new LinkedHashMap<>();
        Path dump = Files.createTempFile("factdesk-it-", ".dump");
        long claim;
        try (AppInstance original = new AppInstance(8093, sameAddress)) {
            RestAssured.baseURI = "http://localhost";
            RestAssured.port = original.port();
            claim = Api.publishedClaim(
                    Api.article("Backed up", "Canal tolls rose 7 percent."), "Canal tolls rose 7 percent");
            before.putAll(pages(original, "/claims/" + claim));
            assertTrue(before.get("/claims").contains("Canal tolls rose 7 percent"), "the new claim is public");
            Scripts.run(Map.of("FACTDESK_DB_NAME", "factdesk_test"), "./factdesk", "backup", dump.toString());
        }
        Scripts.run(Map.of("FACTDESK_DB_NAME", "factdesk_restored"), "./factdesk", "restore", dump.toString());

        Map<String, String> env = new LinkedHashMap<>(sameAddress);
        env.put("FACTDESK_DB_URL", AppInstance.databaseUrl("factdesk_restored"));
        try (AppInstance restored = new AppInstance(8094, env)) {
            Map<String, String> after = pages(restored, "/claims/" + claim);
            for (String page : before.keySet()) {
                assertEquals(before.get(page), after.get(page), page + " is the same after the restore");
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static Map<String, String> pages(AppInstance app, String claimPath) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String permalink = RestAssured.given()
                .baseUri("http://localhost")
                .port(app.port())
                .redirects()
                .follow(false)
                .get(claimPath)
                .then()
                .statusCode(301)
                .extract()
                .header("Location");
        permalink = java.net.URI.create(permalink).getPath();
        for (String page : PAGES) {
            bodies.put(page, get(app, page));
        }
        bodies.put(permalink, get(app, permalink));
        return bodies;
    }

    private static String get(AppInstance app, String path) {
        return RestAssured.given()
                .baseUri("http://localhost")
                .port(app.port())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}

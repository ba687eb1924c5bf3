package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.KeycloakFixture;
import org.factdesk.testing.Scripts;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a steady stream of writes: the app answers 503 with a sentence (no
 * 500, no hanging request), reports not ready, comes back by itself once PostgreSQL is back,
 * and every write it acknowledged is in the database.
 */
class DatabaseOutageIT {

    private static final Duration BOUND = Duration.ofSeconds(12);

    @Test
    void anOutageIsReportedAndSurvivedWithoutLosingAcknowledgedWrites() throws Exception {
        try (AppInstance app = new AppInstance(8095)) {
            String token = KeycloakFixture.tokenFor("alice");
            Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            String run = Long.toString(System.nanoTime(), 36);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String title = "Outage " + run + " #" + i;
                    Instant start = Instant.now();
                    Response response = RestAssured.given()
                            .baseUri("http://localhost")
                            .port(app.port())
                            .auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(Map.of("title", title, "text", "Written during the outage test."))
                            .post("/api/articles");
                    Duration took = Duration.between(start, Instant.now());
                    if (response.statusCode() == 201) {
                        acknowledged.put(title, i);
                    } else if (response.statusCode() != 503
                            || !response.contentType().startsWith("application/problem+json")) {
                        wrong.add(title + " -> " + response.statusCode() + " " + response.contentType());
                    }
                    if (took.compareTo(BOUND) > 0) {
                        wrong.add(title + " took " + took.toMillis() + " ms");
                    }
                }
            });
            writer.start();
            Thread.sleep(2000);
            int before = acknowledged.size();
            assertTrue(before > 0, "writes succeed before the outage");

            Scripts.run("scripts/postgres.sh", "stop");
            Instant down = Instant.now();
            try {
                awaitStatus(app, "/q/health/ready", 503, Duration.ofSeconds(15));
                Response refused = RestAssured.given()
                        .baseUri("http://localhost")
                        .port(app.port())
                        .auth()
                        .oauth2(token)
                        .get("/api/claims");
                assertEquals(503, refused.statusCode());
                assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
                assertTrue(refused.asString().contains("database cannot be reached"), refused.asString());
                assertEquals("5", refused.header("Retry-After"));
                Thread.sleep(
                        Math.max(0, 5000 - Duration.between(down, Instant.now()).toMillis()));
            } finally {
                Scripts.run("scripts/postgres.sh", "start");
            }
            Instant up = Instant.now();
            awaitStatus(app, "/q/health/ready", 200, Duration.ofSeconds(10));
            int atRecovery = acknowledged.size();
            long deadline = System.currentTimeMillis() + 10_000;
            while (acknowledged.size() == atRecovery && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Duration recovery = Duration.between(up, Instant.now());
            assertTrue(acknowledged.size() > atRecovery, "writes succeed again within 10 s of PostgreSQL's return");
            Thread.sleep(1000);
            writing.set(false);
            writer.join(30_000);

            assertTrue(wrong.isEmpty(), "answers other than 201 or a 503 problem, or too slow: " + wrong);
            List<String> missing = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(
                            AppInstance.databaseUrl("factdesk_test"), "factdesk", "factdesk");
                    PreparedStatement query = db.prepareStatement("select count(*) from article where title = ?")) {
                for (String title : acknowledged.keySet()) {
                    query.setString(1, title);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 1) {
                            missing.add(title);
                        }
                    }
                }
            }
            assertTrue(missing.isEmpty(), "acknowledged but not stored: " + missing);
            System.out.printf(
                    "database outage: %d writes acknowledged and all stored; back to normal %d ms after PostgreSQL%n",
                    acknowledged.size(), recovery.toMillis());
        }
    }

    private static void awaitStatus(AppInstance app, String path, int status, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = RestAssured.given()
                    .baseUri("http://localhost")
                    .port(app.port())
                    .get(path)
                    .statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", within " + within);
    }
}

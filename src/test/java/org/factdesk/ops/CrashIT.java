package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.testing.Api;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.KeycloakFixture;
import org.junit.jupiter.api.Test;

/**
 * The app is killed (SIGKILL) while four clients move claims back and forth through the
 * workflow. After a restart no transition is half applied: every claim's state is the state
 * its last event moved it to, and no event is based on an older claim version than the one
 * before it.
 */
class CrashIT {

    @Test
    void aKillInTheMiddleOfTransitionsLeavesNothingHalfApplied() throws Exception {
        List<Long> claims = new ArrayList<>();
        AtomicInteger moves = new AtomicInteger();
        AppInstance app = new AppInstance(8097);
        try {
            RestAssured.baseURI = "http://localhost";
            RestAssured.port = app.port();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                text.append("Line ")
                        .append(i)
                        .append(" says exports fell ")
                        .append(i)
                        .append(" percent.\n\n");
            }
            long article = Api.article("Crash test", text.toString());
            for (int i = 0; i < 12; i++) {
                long claim = Api.claim("alice", article, "exports fell " + i + " percent");
                Api.move("alice", claim, "start", null);
                Api.addGoodSource("alice", claim);
                Api.verdict("alice", claim, Api.rating("True"), "Checked.")
                        .then()
                        .statusCode(200);
                claims.add(claim);
            }
            String alice = KeycloakFixture.tokenFor("alice");
            String erin = KeycloakFixture.tokenFor("erin");
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                Thread client = new Thread(() -> {
                    for (int i = offset; running.get(); i += 4) {
                        long claim = claims.get(i % claims.size());
                        try {
                            Response current =
                                    RestAssured.given().auth().oauth2(alice).get("/api/claims/{id}", claim);
                            String state = current.jsonPath().getString("state");
                            long version = current.jsonPath().getLong("version");
                            boolean submit = "IN_RESEARCH".equals(state);
                            Map<String, Object> body = new HashMap<>();
                            body.put("action", submit ? "submit" : "request_changes");
                            body.put("version", version);
                            if (!submit) {
                                body.put("reason", "One more source, please.");
                            }
                            int status = RestAssured.given()
                                    .auth()
                                    .oauth2(submit ? alice : erin)
                                    .contentType("application/json")
                                    .body(body)
                                    .post("/api/claims/{id}/transitions", claim)
                                    .statusCode();
                            if (status == 200) {
                                moves.incrementAndGet();
                            }
                        } catch (Exception connectionGone) {
                            // the app was killed mid-request: expected
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            Thread.sleep(4000);
            app.kill();
            running.set(false);
            for (Thread client : clients) {
                client.join(20_000);
            }
        } finally {
            app.close();
        }
        assertTrue(moves.get() > 10, "transitions happened before the kill: " + moves.get());

        try (AppInstance restarted = new AppInstance(8097)) {
            List<String> broken = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(
                            AppInstance.databaseUrl("factdesk_test"), "factdesk", "factdesk");
                    PreparedStatement claim = db.prepareStatement("select state, version from claim where id = ?");
                    PreparedStatement events = db.prepareStatement(
                            "select to_state, based_on_version from review_event where claim_id = ? order by id")) {
                for (long id : claims) {
                    claim.setLong(1, id);
                    String state;
                    try (ResultSet rs = claim.executeQuery()) {
                        rs.next();
                        state = rs.getString(1);
                    }
                    events.setLong(1, id);
                    String last = null;
                    long previousVersion = -1;
                    try (ResultSet rs = events.executeQuery()) {
                        while (rs.next()) {
                            last = rs.getString(1);
                            long basedOn = rs.getLong(2);
                            if (basedOn < previousVersion) {
                                broken.add("claim " + id + ": an event based on version " + basedOn
                                        + " after one based on " + previousVersion);
                            }
                            previousVersion = basedOn;
                        }
                    }
                    if (!state.equals(last)) {
                        broken.add("claim " + id + " is " + state + " but its last event moved it to " + last);
                    }
                }
            }
            assertTrue(broken.isEmpty(), "half-applied transitions after the crash: " + broken);
            RestAssured.port = restarted.port();
            for (long id : claims) {
                Api.getClaim("alice", id).then().statusCode(200);
            }
            System.out.printf(
                    "crash: %d transitions before SIGKILL; after restart all %d claims agree with their events%n",
                    moves.get(), claims.size());
        }
    }
}

package org.factdesk.review;

import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleAndLogTest {

    @Test
    void peopleAreTheRealmsReviewersAndEditorsWithDisplayNames() {
        as("alice")
                .get("/api/people")
                .then()
                .statusCode(200)
                .body("username", contains("admin", "alice", "bob", "erin"))
                .body("find { it.username == 'erin' }.displayName", org.hamcrest.Matchers.equalTo("Erin Editor"))
                .body("find { it.username == 'erin' }.roles", contains("editor", "reviewer"))
                .body("username", not(hasItem("service-account-factdesk-directory")));
    }

    @Test
    void theReviewLogRefusesUpdatesDeletesAndTruncation() {
        long claim = Api.claim("alice", Api.article("Log", "Sales tripled."), "Sales tripled");
        Api.move("alice", claim, "start", null);
        Api.verdict("alice", claim, Api.rating("True"), "It did.").then().statusCode(200);
        for (String sql : new String[] {
            "update review_event set actor = 'mallory' where claim_id = " + claim,
            "delete from review_event where claim_id = " + claim,
            "truncate review_event cascade",
            "update verdict set conclusion = 'rewritten'",
        }) {
            assertThrows(
                    Exception.class,
                    () -> QuarkusTransaction.requiringNew()
                            .run(() -> Panache.getEntityManager()
                                    .createNativeQuery(sql)
                                    .executeUpdate()),
                    sql);
        }
        as("alice")
                .get("/api/claims/{id}/history", claim)
                .then()
                .body("events.actor", contains("alice", "alice", "alice"));
        assertEquals("IN_RESEARCH", Api.state(claim));
    }
}

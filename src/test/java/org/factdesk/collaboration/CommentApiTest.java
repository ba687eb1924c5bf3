package org.factdesk.collaboration;

import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentApiTest {

    @Test
    void threadedCommentsWithMentionsAndResolution() {
        long claim = Api.claim("alice", Api.article("Comments", "Ridership grew 40 percent."), "grew 40 percent");
        long root = as("alice")
                .body(Map.of("body", "@bob can you find the 2019 baseline? cc @erin, not @mallory or me@example.org"))
                .post("/api/claims/{id}/comments", claim)
                .then()
                .statusCode(201)
                .body("mentions", contains("bob", "erin"))
                .body("author", equalTo("alice"))
                .extract()
                .jsonPath()
                .getLong("id");
        as("bob")
                .body(Map.of("body", "Found it: 2019 was the peak.", "parentId", root))
                .post("/api/claims/{id}/comments", claim)
                .then()
                .statusCode(201);

        as("erin")
                .get("/api/claims/{id}/comments", claim)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].replies", hasSize(1))
                .body("[0].replies[0].author", equalTo("bob"))
                .body("[0].replies[0].mentions", empty());

        as("bob")
                .body(Map.of("resolved", true))
                .put("/api/claims/{id}/comments/{c}/resolution", claim, root)
                .then()
                .statusCode(200)
                .body("resolved", equalTo(true))
                .body("resolvedBy", equalTo("bob"));
        as("alice")
                .body(Map.of("resolved", false))
                .put("/api/claims/{id}/comments/{c}/resolution", claim, root)
                .then()
                .statusCode(200)
                .body("resolved", equalTo(false));
    }

    @Test
    void repliesMustStayOnTheSameClaimAndBodiesAreRequired() {
        long article = Api.article("Comments 2", "Fares rose 10 percent. Wages rose 2 percent.");
        long first = Api.claim("alice", article, "Fares rose 10 percent");
        long second = Api.claim("alice", article, "Wages rose 2 percent");
        long comment = as("alice")
                .body(Map.of("body", "Check fares."))
                .post("/api/claims/{id}/comments", first)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        as("bob")
                .body(Map.of("body", "Wrong thread", "parentId", comment))
                .post("/api/claims/{id}/comments", second)
                .then()
                .statusCode(422)
                .body("errors", hasKey("parentId"));
        as("bob")
                .body(Map.of("body", "   "))
                .post("/api/claims/{id}/comments", first)
                .then()
                .statusCode(422)
                .body("errors", hasKey("body"));
        as("bob")
                .body(Map.of("resolved", true))
                .put("/api/claims/{id}/comments/{c}/resolution", second, comment)
                .then()
                .statusCode(404);
    }
}

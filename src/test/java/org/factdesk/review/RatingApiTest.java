package org.factdesk.review;

import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingApiTest {

    static Map<String, Object> rating(String label, boolean retired) {
        return Map.of(
                "label",
                label,
                "definition",
                "Defined for a test.",
                "value",
                2,
                "colour",
                "#AA3300",
                "retired",
                retired);
    }

    @Test
    void theDefaultScaleIsSeededInOrder() {
        as("bob")
                .get("/api/ratings")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.position <= 7 }.label",
                        contains(
                                "True",
                                "Mostly true",
                                "Half true",
                                "Mostly false",
                                "False",
                                "Misleading",
                                "Unverifiable"))
                .body("find { it.label == 'True' }.value", equalTo(5))
                .body("find { it.label == 'True' }.colour", equalTo("#1a7f37"));
    }

    @Test
    void onlyAdminsChangeTheScale() {
        as("erin").body(rating("Satire", false)).post("/api/ratings").then().statusCode(403);
        as("alice").body(rating("Satire", false)).post("/api/ratings").then().statusCode(403);
        long id = as("admin")
                .body(rating("Satire", false))
                .post("/api/ratings")
                .then()
                .statusCode(201)
                .body("colour", equalTo("#aa3300"))
                .extract()
                .jsonPath()
                .getLong("id");
        as("erin")
                .body(rating("Parody", false))
                .put("/api/ratings/{id}", id)
                .then()
                .statusCode(403);
        as("admin")
                .body(rating("Parody", false))
                .put("/api/ratings/{id}", id)
                .then()
                .statusCode(200)
                .body("label", equalTo("Parody"));
    }

    @Test
    void aRetiredValueStaysOnOldVerdictsButCannotBeChosen() {
        long id = as("admin")
                .body(rating("Zombie claim", false))
                .post("/api/ratings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long claim = Api.claim("alice", Api.article("Retire", "The bridge will open in 2030."), "open in 2030");
        Api.verdict("alice", claim, id, "Keeps coming back.").then().statusCode(200);

        as("admin")
                .body(rating("Zombie claim", true))
                .put("/api/ratings/{id}", id)
                .then()
                .statusCode(200)
                .body("retired", equalTo(true));

        Api.getClaim("alice", claim)
                .then()
                .body("verdict.rating.label", equalTo("Zombie claim"))
                .body("verdict.rating.retired", equalTo(true));
        Api.verdict("alice", claim, id, "Again.")
                .then()
                .statusCode(422)
                .body("errors.ratingId", equalTo("The rating “Zombie claim” is retired; choose a current one."));
    }

    @Test
    void reorderingNeedsEveryIdOnce() {
        List<Integer> ids =
                as("admin").get("/api/ratings").then().extract().jsonPath().getList("id");
        List<Integer> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        as("admin")
                .body(Map.of("order", reversed))
                .put("/api/ratings")
                .then()
                .statusCode(200)
                .body("id", contains(reversed.toArray()));
        as("admin")
                .body(Map.of("order", ids.subList(1, ids.size())))
                .put("/api/ratings")
                .then()
                .statusCode(422)
                .body("errors", hasKey("order"));
        as("admin").body(Map.of("order", ids)).put("/api/ratings").then().statusCode(200);
        assertEquals(
                ids, as("bob").get("/api/ratings").then().extract().jsonPath().getList("id"));
    }

    @Test
    void labelsAreUniqueAmongCurrentValuesAndColoursAreChecked() {
        as("admin")
                .body(rating("false", false))
                .post("/api/ratings")
                .then()
                .statusCode(422)
                .body("errors", hasKey("label"));
        as("admin")
                .body(Map.of("label", "Odd", "definition", "d", "value", 1, "colour", "red"))
                .post("/api/ratings")
                .then()
                .statusCode(422)
                .body("errors", hasKey("colour"));
        as("admin")
                .body(Map.of("label", "Odd"))
                .post("/api/ratings")
                .then()
                .statusCode(422)
                .body("errors", hasKey("definition"))
                .body("errors", hasKey("value"));
    }
}

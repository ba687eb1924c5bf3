package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.factdesk.testing.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The index costs the same number of SQL statements for 5 claims on the page as for 50 (no N+1). */
@QuarkusTest
class PublicQueryCountTest {

    @Inject
    SessionFactory sessions;

    @Test
    void statementsDoNotGrowWithTheClaimsOnThePage() {
        long article = Api.article("Many published", "Alpha beta gamma delta epsilon zeta eta theta iota kappa.");
        for (int i = 0; i < 50; i++) {
            Api.publishedClaim(article, "Alpha beta gamma");
        }
        long five = statements("/claims?limit=5");
        long fifty = statements("/claims?limit=50");
        assertEquals(five, fifty, "SQL statements for 5 claims (" + five + ") and for 50 (" + fifty + ")");
        assertTrue(five > 0, "statement statistics are on");
        assertTrue(fifty <= 3, "a page of claims takes at most 3 statements, took " + fifty);
        assertEquals(statements("/api/public/claims?limit=5"), statements("/api/public/claims?limit=50"));
    }

    private long statements(String path) {
        var statistics = sessions.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}

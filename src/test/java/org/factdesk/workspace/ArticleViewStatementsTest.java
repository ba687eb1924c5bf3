package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The workspace's article view costs the same number of SQL statements for an article with
 * 5 claims as for one with 50, whatever their states, verdicts and assignees (no N+1): the
 * article with 500 claims in docs/BENCHMARKS.md stays one list query.
 */
@QuarkusTest
class ArticleViewStatementsTest {

    private static final String TEXT =
            "The minister said unemployment fell to 4 percent, the lowest since the end of the Cold War. ";

    @Inject
    SessionFactory sessions;

    @TestHTTPResource("/")
    URL base;

    @Test
    void statementsDoNotGrowWithTheClaimsOnTheArticle() throws Exception {
        long five = articleWith(5);
        long fifty = articleWith(50);
        Session alice = Session.logIn(base, "alice");
        statements(alice, five); // the first request of a session also looks people up
        long forFive = statements(alice, five);
        long forFifty = statements(alice, fifty);
        assertTrue(forFive > 0, "statement statistics are on");
        assertEquals(forFive, forFifty, "SQL statements for 5 claims (" + forFive + ") and for 50 (" + forFifty + ")");
    }

    /** An article with n claims: open, in research with an assignee, submitted and published ones. */
    private static long articleWith(int n) {
        long article = Api.article("Claims galore " + n, TEXT);
        for (int i = 0; i < n; i++) {
            switch (i % 4) {
                case 0 -> Api.claim("alice", article, "unemployment fell to 4 percent");
                case 1 -> {
                    long claim = Api.claim("bob", article, "the lowest since the end of the Cold War");
                    Api.move("bob", claim, "start", null);
                    Api.transition("bob", claim, "self_assign", Api.version(claim), null, null)
                            .then()
                            .statusCode(200);
                }
                case 2 -> Api.submittedClaim(article, "The minister said");
                default -> Api.publishedClaim(article, "unemployment fell");
            }
        }
        return article;
    }

    private long statements(Session session, long article) throws Exception {
        var statistics = sessions.getStatistics();
        statistics.clear();
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "workspace/articles/" + article))
                                .header("Cookie", session.cookies())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Claims galore"), "the article page itself, not a login page");
        return statistics.getPrepareStatementCount();
    }
}

package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Tests 2 and 3 of the workspace issue: two people in two browsers at once. */
@QuarkusTest
class LiveReviewBrowserTest {

    /** Live updates must arrive within two seconds; the wait allows for a busy 2-core machine. */
    static final Duration LIVE = Duration.ofSeconds(6);

    @TestHTTPResource("/")
    URL app;

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    @Test
    void editorSeesTheSubmissionLiveApprovesAndPublishesAndTheReviewerSeesItLive() throws Exception {
        long article = Api.article("Live review", "The minister said the new bridge cost 40 million euros to build.");
        long claim = Api.claim("alice", article, "cost 40 million euros");
        String claimUrl = base() + "/workspace/articles/" + article + "/claims/" + claim;

        try (Chromium erin = new Chromium();
                Chromium alice = new Chromium()) {
            erin.logIn(base() + "/workspace/queue", "erin");
            erin.waitFor(By.id("queue-items"));
            stayMarker(erin);

            alice.logIn(claimUrl, "alice");
            alice.waitFor(By.cssSelector("button.action-start")).click();
            alice.waitForText(By.cssSelector("[data-testid=claim-state]"), "In research", LIVE);
            alice.driver().findElement(By.id("source-url")).sendKeys("https://example.org/ministry/budget-2024");
            alice.driver().findElement(By.id("source-title")).sendKeys("Ministry budget 2024");
            new Select(alice.driver().findElement(By.id("source-stance"))).selectByValue("supports");
            alice.driver().findElement(By.id("add-source")).click();
            alice.waitForText(By.id("sources"), "Sources (1)", LIVE);
            new Select(alice.waitFor(By.id("ratingId"))).selectByVisibleText("True");
            alice.driver()
                    .findElement(By.id("conclusion"))
                    .sendKeys("The ministry's budget confirms 40 million euros.");
            alice.driver().findElement(By.id("save-verdict")).click();
            alice.waitFor(By.cssSelector("[data-testid=claim-verdict]"));
            alice.waitFor(By.cssSelector("button.action-submit")).click();
            alice.waitForText(By.cssSelector("[data-testid=claim-state]"), "Awaiting approval", LIVE);
            stayMarker(alice);

            By item = By.cssSelector(".queue-item[data-claim-id='" + claim + "']");
            erin.waitFor(item);
            assertStayed(erin, "the queue showed the claim without a reload");
            erin.screenshot(Path.of("docs/screenshots/approval-queue.png"));
            erin.driver()
                    .findElement(item)
                    .findElement(By.cssSelector("button.action-approve"))
                    .click();
            erin.waitFor(By.cssSelector(".queue-item[data-claim-id='" + claim + "'] button.action-publish"))
                    .click();
            erin.waitFor(By.id("queue-items"));

            alice.waitForText(By.cssSelector("[data-testid=claim-state]"), "Published", LIVE);
            assertStayed(alice, "the claim panel showed the publication without a reload");
            alice.screenshot(Path.of("docs/screenshots/claim-panel.png"));
        }
        assertEquals("PUBLISHED", Api.state(claim));
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsTheConflictAndKeepsItsText() throws Exception {
        long article = Api.article("Conflict", "Rents rose by 12 percent last year in the capital.");
        long claim = Api.claim("alice", article, "Rents rose by 12 percent");
        Api.move("alice", claim, "start", null);
        String claimUrl = base() + "/workspace/articles/" + article + "/claims/" + claim;
        String bobsText = "Bob's careful conclusion: rents rose 11.8 percent.";

        try (Chromium bob = new Chromium();
                Chromium alice = new Chromium()) {
            bob.logIn(claimUrl, "bob");
            alice.logIn(claimUrl, "alice");
            new Select(bob.waitFor(By.id("ratingId"))).selectByVisibleText("Mostly true");
            bob.driver().findElement(By.id("conclusion")).sendKeys(bobsText);

            new Select(alice.waitFor(By.id("ratingId"))).selectByVisibleText("True");
            alice.driver().findElement(By.id("conclusion")).sendKeys("Alice saves first.");
            alice.driver().findElement(By.id("save-verdict")).click();
            alice.waitFor(By.cssSelector("[data-testid=claim-verdict]"));

            bob.driver().findElement(By.id("save-verdict")).click();
            String error =
                    bob.waitFor(By.cssSelector("[data-testid=verdict-error]")).getText();
            assertTrue(error.contains("changed since version"), error);
            assertTrue(error.contains("Your input is still in the form"), error);
            assertEquals(bobsText, bob.driver().findElement(By.id("conclusion")).getAttribute("value"));
            assertEquals(
                    "Mostly true",
                    new Select(bob.driver().findElement(By.id("ratingId")))
                            .getFirstSelectedOption()
                            .getText());

            bob.driver().findElement(By.id("save-verdict")).click();
            bob.waitForText(By.id("verdict-current"), "Mostly true", LIVE);
        }
        Api.getClaim("alice", claim).then().body("verdict.conclusion", org.hamcrest.Matchers.equalTo(bobsText));
    }

    @Test
    void theArticleViewShowsWhoElseIsReadingIt() throws Exception {
        long article = Api.article("Presence", "Turnout reached 71 percent, a record.");
        String url = base() + "/workspace/articles/" + article;
        try (Chromium alice = new Chromium();
                Chromium bob = new Chromium()) {
            alice.logIn(url, "alice");
            alice.waitForText(By.id("presence"), "Nobody else", LIVE);
            bob.logIn(url, "bob");
            alice.waitForText(By.id("presence"), "Bob Reviewer", LIVE);
            bob.waitForText(By.id("presence"), "Alice Reviewer", LIVE);

            bob.open(base() + "/workspace");
            // The closing page says goodbye (a beacon), so its reader leaves at once.
            alice.waitForText(By.id("presence"), "Nobody else", LIVE);
        }
    }

    private static void stayMarker(Chromium browser) {
        browser.script("window.factdeskStayed = true;");
    }

    private static void assertStayed(Chromium browser, String why) {
        assertEquals(Boolean.TRUE, browser.script("return window.factdeskStayed === true;"), why);
    }
}

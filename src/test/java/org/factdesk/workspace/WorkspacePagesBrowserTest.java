package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The other workspace pages in a real browser: home, import, claims list, workflow, settings. */
@QuarkusTest
class WorkspacePagesBrowserTest {

    @TestHTTPResource("/")
    URL app;

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    @Test
    void importFormShowsErrorsKeepsTheTextAndThenOpensTheArticle() throws Exception {
        String text = "Unemployment fell to 4.1 percent in March, the lowest in a decade.";
        try (Chromium bob = new Chromium()) {
            bob.logIn(base() + "/workspace/articles", "bob");
            bob.driver().findElement(By.cssSelector("#import summary")).click();
            bob.waitFor(By.id("import-text")).sendKeys(text);
            bob.driver().findElement(By.id("import-url")).sendKeys("javascript:alert(1)");
            bob.driver().findElement(By.id("import-article")).click();

            assertTrue(bob.waitFor(By.id("import-title-error")).getText().contains("required"));
            assertTrue(bob.driver().findElement(By.id("import-url-error")).isDisplayed());
            assertEquals(
                    text,
                    bob.driver().findElement(By.id("import-text")).getAttribute("value"),
                    "the pasted text is kept");

            bob.driver().findElement(By.id("import-title")).sendKeys("Jobs report");
            WebElement url = bob.driver().findElement(By.id("import-url"));
            url.clear();
            url.sendKeys("https://example.org/jobs");
            bob.driver().findElement(By.id("import-article")).click();
            bob.waitForUrl(".*/workspace/articles/\\d+$");
            assertEquals(text, bob.waitFor(By.id("article-text")).getText());
        }
    }

    @Test
    void homeListsMyClaimsAndTheClaimsPageFilters() throws Exception {
        long article = Api.article("Home", "Wheat exports doubled in two years.");
        long claim = Api.claim("alice", article, "Wheat exports doubled");
        Api.move("bob", claim, "self_assign", null);
        try (Chromium bob = new Chromium()) {
            bob.logIn(base() + "/workspace", "bob");
            bob.waitFor(By.cssSelector("#home-lists li[data-claim-id='" + claim + "']"));
            bob.open(base() + "/workspace/claims?state=open&q=wheat");
            bob.waitFor(By.cssSelector("li[data-claim-id='" + claim + "']"));
            bob.open(base() + "/workspace/claims?state=published&q=wheat");
            assertTrue(bob.driver()
                    .findElements(By.cssSelector("li[data-claim-id='" + claim + "']"))
                    .isEmpty());
        }
    }

    @Test
    void workflowPageIsDrawnFromTheTable() throws Exception {
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/workflow", "alice");
            String awaiting = alice.waitFor(By.id("state-awaiting_approval")).getText();
            assertTrue(awaiting.contains("Approve → Approved"), awaiting);
            assertTrue(awaiting.contains("who: admin, editor") || awaiting.contains("who: editor, admin"), awaiting);
            assertTrue(awaiting.contains("an editor who did not contribute to this round of review"), awaiting);
            assertTrue(awaiting.contains("Quote changed → In research"), awaiting);
        }
    }

    @Test
    void adminRenamesARatingAndEditorsCannotOpenSettings() throws Exception {
        try (Chromium admin = new Chromium();
                Chromium erin = new Chromium()) {
            admin.logIn(base() + "/workspace/settings", "admin");
            long id = Api.rating("Unverifiable");
            WebElement label = admin.waitFor(By.id("label-" + id));
            label.clear();
            label.sendKeys("Cannot be verified");
            admin.clickAndWaitForNewPage(admin.driver()
                    .findElement(By.cssSelector("li[data-rating-id='" + id + "'] form button[type=submit]")));
            admin.waitForUrl(".*/workspace/settings$");
            assertEquals(
                    "Cannot be verified", admin.waitFor(By.id("label-" + id)).getAttribute("value"));
            Api.as("alice")
                    .get("/api/ratings")
                    .then()
                    .body("find { it.id == " + id + " }.label", org.hamcrest.Matchers.equalTo("Cannot be verified"));
            label = admin.driver().findElement(By.id("label-" + id));
            label.clear();
            label.sendKeys("Unverifiable");
            admin.clickAndWaitForNewPage(admin.driver()
                    .findElement(By.cssSelector("li[data-rating-id='" + id + "'] form button[type=submit]")));
            admin.waitForUrl(".*/workspace/settings$");

            erin.logIn(base() + "/workspace/settings", "erin");
            assertTrue(
                    erin.driver().getPageSource().contains("Forbidden")
                            || erin.driver().getTitle().contains("Forbidden"),
                    erin.driver().getTitle());
        }
    }
}

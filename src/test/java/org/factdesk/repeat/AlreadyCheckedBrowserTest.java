package org.factdesk.repeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 8, part 1 in a real Chromium: a selected claim shows what was already checked, is linked, and is
 * offered the old verdict.
 */
@QuarkusTest
class AlreadyCheckedBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void bobSelectsAClaimSeesItWasAlreadyCheckedLinksItAndGetsTheOldVerdictAsADraft() throws Exception {
        String place = RepeatApiTest.place();
        String said = "Unemployment in " + place + " fell to 3.5% in May";
        long first = Api.article("First report " + place, said + ", the lowest rate in decades.");
        long original = Api.publishedClaim(first, said);
        String phrase = "unemployment in " + place + " fell to 3.5 per cent in May";
        long article = Api.article("Second report " + place, "The mayor said " + phrase + ".");

        String base = app.toString().replaceAll("/$", "");
        try (Chromium bob = new Chromium()) {
            bob.logIn(base + "/workspace/articles/" + article, "bob");
            bob.waitFor(By.id("article-text"));
            bob.selectWithMouse(phrase);
            bob.waitFor(By.id("add-claim-button")).click();
            bob.waitFor(By.id("claimant")).sendKeys("The mayor");
            bob.driver().findElement(By.id("create-claim")).click();
            bob.waitForUrl(".*/claims/\\d+$");
            String url = bob.driver().getCurrentUrl();
            long claim = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

            WebElement match =
                    bob.waitFor(By.cssSelector("#already-checked li.similar[data-claim='" + original + "']"));
            assertTrue(match.getText().contains("likely the same claim"), match.getText());
            assertTrue(
                    match.getText().contains("True") && match.getText().contains("First report " + place),
                    match.getText());

            bob.clickAndWaitForNewPage(match.findElement(By.cssSelector("button")));
            String linked =
                    bob.waitFor(By.cssSelector("[data-testid=repeat-of]")).getText();
            assertTrue(linked.contains("claim " + original), linked);
            Api.getClaim("bob", claim).then().body("verdict", org.hamcrest.Matchers.nullValue());

            bob.clickAndWaitForNewPage(bob.waitFor(By.id("use-original-verdict")));
            assertEquals(
                    "The call lasted 50 minutes.",
                    bob.waitFor(By.id("conclusion")).getAttribute("value"));
            assertTrue(bob.driver()
                    .findElement(By.cssSelector("[data-testid=verdict-draft]"))
                    .getText()
                    .contains("Nothing is saved yet"));
            Api.getClaim("bob", claim).then().body("verdict", org.hamcrest.Matchers.nullValue()); // still only offered
            bob.script("document.getElementById('already-checked').scrollIntoView()");
            bob.screenshot(Path.of("docs/screenshots/already-checked.png"));
        }
    }
}

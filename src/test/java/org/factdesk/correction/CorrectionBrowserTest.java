package org.factdesk.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Issue 8, part 3 in a real Chromium: adding a corrected text, the side-by-side queue, and selecting a claim again. */
@QuarkusTest
class CorrectionBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aliceAddsACorrectedVersionComparesThePassagesAndPlacesTheOrphanAgain() throws Exception {
        long article = Api.article("Corrected in the browser " + System.nanoTime(), CorrectionApiTest.BEFORE);
        long gap = Api.claim("alice", article, "a 50-minute gap in the accounts");
        long lowest = Api.claim("alice", article, "the lowest since 1990");
        String corrected = CorrectionApiTest.BEFORE.replace(
                "Critics said that figure hides a 50-minute gap in the accounts.",
                "Critics said the accounts show a gap of 45 minutes.");
        String base = app.toString().replaceAll("/$", "");
        try (Chromium alice = new Chromium();
                Chromium bob = new Chromium()) {
            alice.logIn(base + "/workspace/articles/" + article, "alice");
            alice.waitFor(By.cssSelector("#correct summary")).click();
            WebElement text = alice.waitFor(By.id("correction-text"));
            assertEquals(CorrectionApiTest.BEFORE, text.getAttribute("value"), "the form starts from the current text");
            alice.script("arguments[0].value = arguments[1]", text, corrected);
            alice.driver().findElement(By.id("correction-note")).sendKeys("The ministry corrected the gap.");
            alice.clickAndWaitForNewPage(alice.driver().findElement(By.id("save-correction")));

            alice.waitForUrl(".*/corrections$");
            WebElement pending = alice.waitFor(By.cssSelector("li.pending[data-claim='" + gap + "']"));
            assertEquals("orphaned", pending.getAttribute("data-status"));
            assertTrue(
                    pending.findElement(By.cssSelector(".side-by-side del"))
                                    .getText()
                                    .length()
                            > 0,
                    "deleted words are marked");
            assertTrue(
                    pending.findElements(By.cssSelector(".side-by-side ins")).stream()
                            .anyMatch(e -> e.getText().contains("45")),
                    "inserted words are marked");
            assertFalse(
                    alice.driver()
                                    .findElements(By.cssSelector("li.pending[data-claim='" + lowest + "']"))
                                    .size()
                            > 0,
                    "an untouched claim moved by itself");
            alice.screenshot(Path.of("docs/screenshots/corrections.png"));

            alice.open(base + "/workspace/articles/" + article + "/claims/" + gap);
            assertTrue(
                    alice.waitFor(By.cssSelector("[data-testid=panel-waiting]"))
                            .getText()
                            .contains("version 1"),
                    "the waiting claim's panel warns");
            alice.open(base + "/workspace/articles/" + article + "/corrections");
            pending = alice.waitFor(By.cssSelector("li.pending[data-claim='" + gap + "']"));
            bob.logIn(base + "/workspace/articles/" + article + "/corrections", "bob");
            bob.waitFor(By.cssSelector("li.pending[data-claim='" + gap + "']"));
            Thread.sleep(1000); // bob's live connection is open
            alice.clickAndWaitForNewPage(pending.findElement(By.linkText("Select it again")));
            assertTrue(alice.waitFor(By.cssSelector("[data-testid=reanchor-notice]"))
                    .getText()
                    .contains("claim " + gap));
            alice.selectWithMouse("a gap of 45 minutes");
            alice.waitFor(By.id("add-claim-button")).click();
            alice.clickAndWaitForNewPage(alice.waitFor(By.id("create-claim")));
            alice.waitForUrl(".*/claims/" + gap + "$");
            bob.waitForText(By.id("corrections-queue"), "No claim is waiting", java.time.Duration.ofSeconds(10));
        }
        Api.getClaim("alice", gap)
                .then()
                .body("articleVersion", org.hamcrest.Matchers.equalTo(2))
                .body("selectors[1].exact", org.hamcrest.Matchers.equalTo("a gap of 45 minutes"));
        Api.getClaim("alice", lowest).then().body("articleVersion", org.hamcrest.Matchers.equalTo(2));
        Api.as("alice")
                .get("/api/articles/{id}/versions/pending", article)
                .then()
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}

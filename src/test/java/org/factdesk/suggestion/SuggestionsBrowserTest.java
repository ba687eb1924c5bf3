package org.factdesk.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Issue 8, part 2 in a real Chromium: suggestions marked in the text, one click to a claim, dismissals remembered. */
@QuarkusTest
class SuggestionsBrowserTest {

    static final String CALL = "50-minute phone call";
    static final String LOWEST = "lowest since the end of the Cold War";

    @TestHTTPResource("/")
    URL app;

    @SuppressWarnings("unchecked")
    static List<String> marked(Chromium browser) {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#article-text mark.sg')].map(m => m.textContent)");
    }

    static WebElement entry(Chromium browser, String phrase) {
        return browser.driver().findElements(By.cssSelector("#suggestions li.suggestion")).stream()
                .filter(li -> li.findElement(By.tagName("blockquote")).getText().equals(phrase))
                .findFirst()
                .orElseThrow(() -> new AssertionError(phrase + " is not listed; the list says: "
                        + browser.driver().findElement(By.id("suggestions")).getText()));
    }

    @Test
    void aliceMakesAClaimOfASuggestionWithOneClickAndDismissesAnotherForEveryone() throws Exception {
        long article = SuggestionApiTest.demoArticleCopy();
        String page = app.toString().replaceAll("/$", "") + "/workspace/articles/" + article;
        try (Chromium alice = new Chromium()) {
            alice.logIn(page, "alice");
            alice.waitFor(By.id("suggestions"));
            List<String> marks = marked(alice);
            assertTrue(marks.contains(CALL) && marks.contains(LOWEST), "the text marks the suggestions: " + marks);
            assertTrue(entry(alice, CALL).getText().contains("duration"), "the reason is shown");

            // A click on the dotted phrase brings its entry into view and focus.
            alice.script(
                    "[...document.querySelectorAll('#article-text mark.sg')]"
                            + ".find(m => m.textContent === arguments[0]).click()",
                    CALL);
            assertEquals(entry(alice, CALL).getAttribute("id"), alice.script("return document.activeElement.id"));

            alice.clickAndWaitForNewPage(entry(alice, CALL).findElement(By.cssSelector("button.primary")));
            alice.waitForUrl(".*/claims/\\d+$");
            String url = alice.driver().getCurrentUrl();
            long claim = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertEquals(
                    "Open",
                    alice.waitFor(By.cssSelector("[data-testid=claim-state]")).getText());
            String text = Api.as("alice")
                    .get("/api/articles/{id}", article)
                    .then()
                    .extract()
                    .path("text");
            Api.getClaim("alice", claim)
                    .then()
                    .statusCode(200)
                    .body("selectors[0].start", org.hamcrest.Matchers.equalTo(text.indexOf(CALL)))
                    .body("selectors[1].exact", org.hamcrest.Matchers.equalTo(CALL))
                    .body("claimType", org.hamcrest.Matchers.equalTo("statistic"))
                    .body("whySelected", org.hamcrest.Matchers.containsString("duration"));
            assertEquals(
                    CALL,
                    alice.script(
                            "return [...document.querySelectorAll('#article-text mark[data-claims~=\"'"
                                    + " + arguments[0] + '\"]')].map(m => m.textContent).join('')",
                            String.valueOf(claim)));

            // A one-click claim has no claimant yet: the panel's details form adds it.
            alice.waitFor(By.cssSelector("#claim-details summary")).click();
            alice.waitFor(By.id("details-claimant")).sendKeys("Jen Psaki");
            alice.clickAndWaitForNewPage(alice.driver().findElement(By.id("save-details")));
            Api.getClaim("alice", claim)
                    .then()
                    .body("claimant", org.hamcrest.Matchers.equalTo("Jen Psaki"))
                    .body("claimType", org.hamcrest.Matchers.equalTo("statistic"));

            alice.open(page);
            alice.waitFor(By.id("suggestions"));
            assertFalse(marked(alice).contains(CALL), "a claimed phrase is no longer suggested");
            alice.clickAndWaitForNewPage(
                    entry(alice, LOWEST).findElement(By.cssSelector("form[action$='/dismiss'] button")));
            alice.waitFor(By.id("suggestions"));
            assertFalse(marked(alice).contains(LOWEST), "a dismissed phrase is no longer marked");
            assertTrue(
                    alice.driver().findElement(By.id("suggestions")).getText().contains("1 dismissed"));
            alice.screenshot(Path.of("docs/screenshots/suggestions.png"));
        }
        try (Chromium bob = new Chromium()) {
            bob.logIn(page, "bob");
            bob.waitFor(By.id("suggestions"));
            assertFalse(marked(bob).contains(LOWEST), "the dismissal is remembered for everyone");
            bob.clickAndWaitForNewPage(
                    bob.driver().findElement(By.cssSelector("form[action$='/suggestions/restore'] button")));
            bob.waitFor(By.id("suggestions"));
            assertTrue(marked(bob).contains(LOWEST), "restored: suggested again");
        }
    }

    @Test
    void aStaleSuggestionIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        long article = SuggestionApiTest.demoArticleCopy();
        String page = app.toString().replaceAll("/$", "") + "/workspace/articles/" + article;
        try (Chromium bob = new Chromium()) {
            bob.logIn(page, "bob");
            bob.waitFor(By.id("suggestions"));
            // The page was built for other text (say, before a correction): the phrase is no longer there.
            bob.script("document.querySelector('#suggestions form[action$=\"/dismiss\"] input[name=exact]').value"
                    + " = 'a phrase nowhere in it';");
            bob.clickAndWaitForNewPage(
                    bob.driver().findElement(By.cssSelector("#suggestions form[action$='/dismiss'] button")));
            String error = bob.waitFor(By.cssSelector("[data-testid=suggestions-error]"))
                    .getText();
            assertTrue(error.contains("not in article"), error);
            assertEquals(
                    0,
                    Api.as("bob")
                            .get("/api/articles/{id}/suggestions", article)
                            .then()
                            .extract()
                            .jsonPath()
                            .getInt("dismissed"));
        }
    }

    @Test
    void aDismissalReachesAColleaguesOpenPageLive() throws Exception {
        long article = SuggestionApiTest.demoArticleCopy();
        String page = app.toString().replaceAll("/$", "") + "/workspace/articles/" + article;
        try (Chromium bob = new Chromium();
                Chromium alice = new Chromium()) {
            bob.logIn(page, "bob");
            bob.waitFor(By.id("suggestions"));
            assertTrue(marked(bob).contains(LOWEST));
            Thread.sleep(1000); // bob's live connection is open
            alice.logIn(page, "alice");
            alice.waitFor(By.id("suggestions"));
            alice.clickAndWaitForNewPage(
                    entry(alice, LOWEST).findElement(By.cssSelector("form[action$='/dismiss'] button")));
            new org.openqa.selenium.support.ui.WebDriverWait(bob.driver(), java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !marked(bob).contains(LOWEST)
                            && !d.findElement(By.id("suggestions")).getText().contains(LOWEST));
            assertTrue(
                    bob.driver().findElement(By.id("suggestions")).getText().contains("1 dismissed"),
                    "bob's list says so without a reload");
        }
    }
}

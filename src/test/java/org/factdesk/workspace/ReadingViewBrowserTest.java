package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;

/** Test 1 of the workspace issue: selecting a claim with the mouse in a real Chromium. */
@QuarkusTest
class ReadingViewBrowserTest {

    static final String PHRASE = "50-minute phone call";

    @TestHTTPResource("/")
    URL app;

    @Test
    void aliceSelectsAClaimWithTheMouseAndItIsHighlightedExactlyThere() throws Exception {
        long article = Api.seedArticle();
        String base = app.toString().replaceAll("/$", "");
        try (Chromium alice = new Chromium()) {
            alice.logIn(base + "/workspace/articles/" + article, "alice");
            alice.waitFor(By.id("article-text"));

            alice.selectWithMouse(PHRASE);
            assertEquals(
                    PHRASE, alice.script("return document.getSelection().toString()"), "the mouse selected the phrase");
            alice.waitFor(By.id("add-claim-button")).click();
            alice.waitFor(By.id("claimant")).sendKeys("Jen Psaki");
            new Select(alice.driver().findElement(By.id("claimType"))).selectByValue("statistic");
            alice.driver().findElement(By.id("whySelected")).sendKeys("A precise, checkable duration.");
            alice.driver().findElement(By.id("create-claim")).click();

            alice.waitForUrl(".*/claims/\\d+$");
            String url = alice.driver().getCurrentUrl();
            long claim = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertEquals(
                    "Open",
                    alice.waitFor(By.cssSelector("[data-testid=claim-state]")).getText());

            String text = (String) alice.script("return document.getElementById('article-text').textContent");
            int start = text.indexOf(PHRASE);
            @SuppressWarnings("unchecked")
            List<Object> marked = (List<Object>) alice.script("""
                    const text = document.getElementById('article-text');
                    const marks = [...text.querySelectorAll('mark[data-claims~="' + arguments[0] + '"]')];
                    const range = document.createRange();
                    range.setStart(text, 0); range.setEndBefore(marks[0]);
                    return [range.toString().length, marks.map(m => m.textContent).join('')];
                    """, String.valueOf(claim));
            assertEquals(start, ((Number) marked.get(0)).intValue(), "the highlight starts where the phrase starts");
            assertEquals(PHRASE, marked.get(1), "the highlight covers exactly the phrase");
            Api.getClaim("alice", claim)
                    .then()
                    .statusCode(200)
                    .body("selectors[0].start", org.hamcrest.Matchers.equalTo(start))
                    .body("claimant", org.hamcrest.Matchers.equalTo("Jen Psaki"));

            alice.screenshot(Path.of("docs/screenshots/article-view.png"));
        }
    }

    @Test
    void aSelectionAcrossParagraphsWorksAndOneOutsideTheTextIsIgnored() throws Exception {
        String text = "First paragraph ends here.\n\nSecond paragraph starts here and goes on.";
        long article = Api.article("Across paragraphs", text);
        String phrase = "ends here.\n\nSecond paragraph";
        String base = app.toString().replaceAll("/$", "");
        try (Chromium bob = new Chromium()) {
            bob.logIn(base + "/workspace/articles/" + article, "bob");
            bob.waitFor(By.id("article-text"));

            bob.script("""
                    const title = document.getElementById('article-title').firstChild;
                    const range = document.createRange(); range.setStart(title, 0); range.setEnd(title, 6);
                    document.getSelection().removeAllRanges(); document.getSelection().addRange(range);
                    """);
            Thread.sleep(300);
            assertTrue(
                    !bob.driver().findElement(By.id("add-claim-button")).isDisplayed(),
                    "a selection in the title offers no claim");

            bob.selectWithMouse(phrase);
            assertEquals(phrase, bob.script("return document.getSelection().toString()"));
            bob.waitFor(By.id("add-claim-button")).click();
            bob.waitFor(By.id("claimant")).sendKeys("Nobody");
            bob.driver().findElement(By.id("create-claim")).click();
            bob.waitForUrl(".*/claims/\\d+$");
            String url = bob.driver().getCurrentUrl();
            long claim = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            Api.getClaim("bob", claim)
                    .then()
                    .body("selectors[1].exact", org.hamcrest.Matchers.equalTo(phrase))
                    .body("selectors[0].start", org.hamcrest.Matchers.equalTo(text.indexOf(phrase)));
        }
    }
}

package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimRequests.SelectorInput;
import org.factdesk.security.Actor;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Claim creation with the keyboard alone, source editing, and an article with 500 claims. */
@QuarkusTest
class KeyboardAndScaleBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    ClaimCommands claims;

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    @Test
    void aClaimCanBeSelectedAndCreatedWithTheKeyboardAlone() throws Exception {
        String text = "Officials said the dam holds 4 billion cubic metres of water.";
        String phrase = "4 billion cubic metres";
        long article = Api.article("Keyboard", text);
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article, "alice");
            alice.waitFor(By.id("article-text"));
            // Put the caret before the phrase (as arrow keys would), then select with Shift + arrows.
            alice.script("""
                    const text = document.getElementById('article-text');
                    text.focus();
                    const node = text.firstChild;
                    const range = document.createRange();
                    range.setStart(node, arguments[0]); range.collapse(true);
                    const selection = document.getSelection();
                    selection.removeAllRanges(); selection.addRange(range);
                    """, text.indexOf(phrase));
            new Actions(alice.driver()).keyDown(Keys.SHIFT).perform();
            for (int i = 0; i < phrase.length(); i++) {
                new Actions(alice.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            }
            new Actions(alice.driver()).keyUp(Keys.SHIFT).perform();
            // Key events are handled asynchronously: wait for the last one to land.
            new org.openqa.selenium.support.ui.WebDriverWait(alice.driver(), java.time.Duration.ofSeconds(3))
                    .until(d -> phrase.equals(alice.script("return document.getSelection().toString()")));
            new Actions(alice.driver()).sendKeys(Keys.ENTER).perform();

            alice.waitFor(By.id("claimant"));
            assertEquals("claimant", alice.script("return document.activeElement.id"), "the form takes the focus");
            new Actions(alice.driver())
                    .sendKeys("Officials")
                    .sendKeys(Keys.ENTER)
                    .perform();

            alice.waitForUrl(".*/claims/\\d+$");
            assertEquals(phrase, alice.waitFor(By.cssSelector(".quote-exact")).getText());
            assertEquals(
                    "unchanged",
                    text.equals(alice.script("return document.getElementById('article-text').textContent"))
                            ? "unchanged"
                            : "changed",
                    "keys typed in the text never change it");
        }
    }

    @Test
    void aSourceIsEditedInPlaceWithInlineValidation() throws Exception {
        long article = Api.article("Edit source", "Exports rose 9 percent.");
        long claim = Api.claim("alice", article, "Exports rose 9 percent");
        Api.move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article + "/claims/" + claim, "alice");
            alice.waitFor(By.cssSelector(".source-edit summary")).click();
            var url = alice.driver().findElement(By.cssSelector(".source-edit input[name=url]"));
            url.clear();
            url.sendKeys("data:text/html,hello");
            alice.driver()
                    .findElement(By.cssSelector(".source-edit button[type=submit]"))
                    .click();
            var error = alice.waitFor(By.cssSelector(".source-edit .field-error"));
            assertTrue(error.getText().contains("http"));
            assertTrue(
                    error.getAttribute("id").matches("url-error-\\d+"),
                    "an id of its own: " + error.getAttribute("id"));
            url = alice.driver().findElement(By.cssSelector(".source-edit input[name=url]"));
            assertEquals("data:text/html,hello", url.getAttribute("value"), "what the user typed stays");
            url.clear();
            url.sendKeys("https://example.org/trade-statistics");
            alice.driver()
                    .findElement(By.cssSelector(".source-edit button[type=submit]"))
                    .click();
            alice.waitForText(
                    By.id("claim-status"), "Readout of President Biden's call", java.time.Duration.ofSeconds(6));
        }
        Api.as("alice")
                .get("/api/claims/{id}/sources", claim)
                .then()
                .body("[0].url", org.hamcrest.Matchers.equalTo("https://example.org/trade-statistics"));
    }

    @Test
    void anArticleWithFiveHundredClaimsStaysUsable() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            text.append("Sentence ")
                    .append(i)
                    .append(" claims that figure ")
                    .append(i)
                    .append(" rose by ")
                    .append(i % 97)
                    .append(" percent.\n\n");
        }
        long article = Api.article("Five hundred claims", text.toString());
        String stored = Api.as("alice")
                .get("/api/articles/{id}", article)
                .then()
                .extract()
                .path("text");
        Actor alice = new Actor("alice", java.util.Set.of("reviewer"));
        int made = 0;
        for (int i = 0; i < 250; i++) {
            String sentence = "Sentence " + i + " claims that figure " + i + " rose by " + (i % 97) + " percent.";
            int start = stored.indexOf(sentence);
            String inner = "figure " + i + " rose by " + (i % 97) + " percent";
            int innerStart = stored.indexOf(inner, start);
            for (int[] span :
                    new int[][] {{start, start + sentence.length()}, {innerStart, innerStart + inner.length()}}) {
                claims.create(
                        article,
                        new CreateClaim(
                                null,
                                List.of(
                                        new SelectorInput("TextPositionSelector", span[0], span[1], null, null, null),
                                        new SelectorInput(
                                                "TextQuoteSelector",
                                                null,
                                                null,
                                                stored.substring(span[0], span[1]),
                                                null,
                                                null)),
                                null,
                                null,
                                "statistic",
                                null,
                                List.of()),
                        alice);
                made++;
            }
        }
        assertEquals(500, made);
        try (Chromium bob = new Chromium()) {
            bob.logIn(base() + "/workspace", "bob");
            long started = System.nanoTime();
            bob.open(base() + "/workspace/articles/" + article);
            bob.waitFor(By.id("article-text"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            @SuppressWarnings("unchecked")
            Map<String, Object> facts = (Map<String, Object>) bob.script("""
                    const marks = document.querySelectorAll('#article-text mark');
                    const nested = document.querySelectorAll('#article-text mark.depth-2');
                    return {
                      marks: marks.length,
                      nested: nested.length,
                      same: document.getElementById('article-text').textContent === arguments[0]
                    };
                    """, stored);
            System.out.printf("500-claim article: page ready in %d ms, %s%n", millis, facts);
            assertTrue(((Number) facts.get("marks")).intValue() >= 500, facts.toString());
            assertEquals(250, ((Number) facts.get("nested")).intValue(), "each inner claim shows as nested");
            assertEquals(Boolean.TRUE, facts.get("same"), "highlights add no characters");
            org.factdesk.testing.Docs.assertQuotes(
                    "docs/OPERATIONS.md",
                    "an article with (\\d+) claims \\((\\d+) highlight segments, (\\d+) nested\\)",
                    made,
                    ((Number) facts.get("marks")).intValue(),
                    ((Number) facts.get("nested")).intValue());
            bob.driver()
                    .findElement(By.cssSelector("#article-text mark.depth-2"))
                    .click();
            bob.waitForUrl(".*/claims/\\d+$");
            bob.waitFor(By.cssSelector("[data-testid=claim-state]"));
        }
    }
}

package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Issue 17: what a newcomer needs to see, tried in Chromium. */
@QuarkusTest
class NewcomerJourneyBrowserTest {

    @TestHTTPResource("/")
    URL app;

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    /** Point 5: a claim sent back is listed as "Returned to me" and opens with the editor's reason. */
    @Test
    void aReturnedClaimIsListedForItsReviewerAndOpensWithTheReason() throws Exception {
        long article = Api.article("Returned claims", "Unemployment fell to 3.9 percent in April, the lowest ever.");
        long claim = Api.submittedClaim(article, "Unemployment fell to 3.9 percent");
        String reason = "Cite the statistics office's release, not the minister's speech.";
        Api.move("erin", claim, "request_changes", reason);

        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace", "alice");
            var returned =
                    alice.waitFor(By.cssSelector("[data-testid=returned-to-me] li[data-claim-id='" + claim + "']"));
            assertTrue(returned.getText().contains(reason), "the list gives the reason: " + returned.getText());
            alice.clickAndWaitForNewPage(returned.findElement(By.tagName("a")));
            var banner = alice.waitFor(By.cssSelector("[data-testid=returned]"));
            assertTrue(banner.getText().contains(reason), banner.getText());
            assertTrue(banner.getText().contains("erin"), "says who asked: " + banner.getText());
        }
        try (Chromium bob = new Chromium()) {
            bob.logIn(base() + "/workspace", "bob");
            bob.waitFor(By.cssSelector("[data-testid=returned-to-me]"));
            assertTrue(
                    bob.driver()
                            .findElements(
                                    By.cssSelector("[data-testid=returned-to-me] li[data-claim-id='" + claim + "']"))
                            .isEmpty(),
                    "bob neither submitted it nor wrote its verdict");
        }

        Api.move("alice", claim, "submit", null);
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace", "alice");
            alice.waitFor(By.cssSelector("[data-testid=returned-to-me]"));
            assertTrue(
                    alice.driver()
                            .findElements(
                                    By.cssSelector("[data-testid=returned-to-me] li[data-claim-id='" + claim + "']"))
                            .isEmpty(),
                    "submitted again, it is no longer returned");
            alice.open(base() + "/workspace/articles/" + article + "/claims/" + claim);
            alice.waitFor(By.id("claim-status"));
            assertTrue(alice.driver()
                    .findElements(By.cssSelector("[data-testid=returned]"))
                    .isEmpty());
        }
    }

    /** Point 7: "Import an article" is a primary button on the home page and opens the form at the top of Articles. */
    @Test
    void importIsTheFirstThingOnHomeAndOnArticles() throws Exception {
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace", "alice");
            alice.clickAndWaitForNewPage(alice.waitFor(By.id("home-import")));
            var title = alice.waitFor(By.id("import-title"));
            assertTrue(title.isDisplayed(), "the import form is open");
            Number top = (Number) alice.script("return arguments[0].getBoundingClientRect().top;", title);
            Number height = (Number) alice.script("return window.innerHeight;");
            assertTrue(top.doubleValue() < height.doubleValue(), "and in view without scrolling: " + top);
            assertFalse(alice.driver()
                    .findElement(By.cssSelector("label[for=import-title]"))
                    .getText()
                    .isBlank());
        }
    }

    /** Point 4: after each workflow action a message in view says what happened and what comes next. */
    @Test
    void everyWorkflowActionIsConfirmedInViewWithTheNextStep() throws Exception {
        long article = Api.article("Confirmations", "Exports rose 9 percent in May, the statistics office said.");
        long claim = Api.claim("alice", article, "Exports rose 9 percent in May");
        Api.move("alice", claim, "start", null);
        Api.addGoodSource("alice", claim);
        Api.verdict("alice", claim, Api.rating("True"), "Exports rose 9 percent.")
                .then()
                .statusCode(200);
        String page = "/workspace/articles/" + article + "/claims/" + claim;

        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + page, "alice");
            var submit = alice.waitFor(By.cssSelector("#actions button[value=submit]"));
            alice.script("arguments[0].scrollIntoView({block: 'center'});", submit);
            alice.clickAndWaitForNewPage(submit);
            assertConfirmed(alice, "approval queue", page);
        }
        try (Chromium erin = new Chromium()) {
            erin.logIn(base() + "/workspace/queue", "erin");
            erin.clickAndWaitForNewPage(
                    erin.waitFor(By.cssSelector("article[data-claim-id='" + claim + "'] button[value=approve]")));
            assertConfirmed(erin, "publish", "/workspace/queue");
            erin.clickAndWaitForNewPage(
                    erin.waitFor(By.cssSelector("article[data-claim-id='" + claim + "'] button[value=publish]")));
            assertConfirmed(erin, "readers can see it", "/workspace/queue");
            erin.clickAndWaitForNewPage(erin.waitFor(By.cssSelector("[data-testid=done] [data-testid=public-link]")));
            erin.waitForUrl(".*/claims/" + claim + "-.*");
            assertTrue(erin.waitFor(By.tagName("main")).getText().contains("Exports rose 9 percent"));
        }
    }

    private static void assertConfirmed(Chromium browser, String saying, String address) {
        var message = browser.waitFor(By.cssSelector("[data-testid=done]"));
        assertTrue(message.getText().contains(saying), "says what happened and what comes next: " + message.getText());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script(
                        "return document.activeElement === document.querySelector('[data-testid=done]');")));
        Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top;", message);
        Number height = (Number) browser.script("return window.innerHeight;");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), "in view: " + top);
        org.junit.jupiter.api.Assertions.assertEquals(
                address, browser.script("return location.pathname + location.search;"), "no ?done= left to repeat");
    }

    /** Point 3: the next step is the primary button, what submitting needs is listed, Dismiss is set apart. */
    @Test
    void theNextStepIsThePrimaryButtonAndDismissIsSetApart() throws Exception {
        long article = Api.article("Next steps", "Rents rose 12 percent in a year, the council said.");
        long open = Api.claim("alice", article, "Rents rose 12 percent");
        long ready = Api.claim("alice", article, "the council said");
        Api.move("alice", ready, "start", null);
        Api.addGoodSource("alice", ready);
        Api.verdict("alice", ready, Api.rating("True"), "Rents rose 12 percent.")
                .then()
                .statusCode(200);

        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article + "/claims/" + open, "alice");
            assertNextStep(alice, "start", "○", "○");
            alice.open(base() + "/workspace/articles/" + article + "/claims/" + ready);
            assertNextStep(alice, "submit", "✓", "✓");
        }
    }

    private static void assertNextStep(Chromium browser, String primary, String sources, String verdict) {
        var first = browser.waitFor(By.cssSelector("#actions .form-buttons button"));
        org.junit.jupiter.api.Assertions.assertEquals(
                primary, first.getAttribute("value"), "the next step comes first");
        assertTrue(first.getAttribute("class").contains("primary"), "and is the primary button");
        org.junit.jupiter.api.Assertions.assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("#actions button.primary"))
                        .size(),
                "only one");
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("#actions .form-buttons button[value=dismiss]"))
                        .isEmpty(),
                "Dismiss is not beside the main action");
        browser.waitFor(By.cssSelector("[data-testid=set-apart] summary")).click();
        browser.waitFor(By.cssSelector("[data-testid=set-apart] button[value=dismiss]"));
        var items = browser.driver().findElements(By.cssSelector("[data-testid=checklist] li"));
        assertTrue(items.get(0).getText().startsWith(sources), items.get(0).getText());
        assertTrue(items.get(1).getText().startsWith(verdict), items.get(1).getText());
    }

    /** Point 2: a source added in one browser and a verdict saved in another, on one claim, both succeed. */
    @Test
    void aSourceAndAVerdictSavedAtOnceBothGoThrough() throws Exception {
        long article = Api.article("Together", "Bus fares rose 5 percent in January, the operator said.");
        long claim = Api.claim("alice", article, "Bus fares rose 5 percent");
        Api.move("alice", claim, "start", null);
        String page = base() + "/workspace/articles/" + article + "/claims/" + claim;
        try (Chromium alice = new Chromium();
                Chromium bob = new Chromium()) {
            alice.logIn(page, "alice");
            bob.logIn(page, "bob");
            new org.openqa.selenium.support.ui.Select(alice.waitFor(By.id("ratingId"))).selectByVisibleText("True");
            alice.driver().findElement(By.id("conclusion")).sendKeys("Fares rose 5 percent.");

            bob.waitFor(By.id("source-url")).sendKeys("https://example.org/fares");
            bob.driver().findElement(By.id("source-title")).sendKeys("Operator's fare table");
            var add = bob.driver().findElement(By.id("add-source"));
            bob.script("arguments[0].scrollIntoView({block: 'center'});", add);
            bob.clickAndWaitForNewPage(add);
            bob.waitFor(By.cssSelector("li.source"));

            var save = alice.driver().findElement(By.id("save-verdict"));
            alice.script("arguments[0].scrollIntoView({block: 'center'});", save);
            alice.clickAndWaitForNewPage(save);
            assertTrue(
                    alice.driver()
                            .findElements(By.cssSelector("[data-testid=verdict-error]"))
                            .isEmpty(),
                    "no conflict: alice's verdict and bob's source are different parts of the claim");
            alice.waitFor(By.cssSelector("[data-testid=claim-verdict]"));
        }
        var saved = Api.getClaim("alice", claim).then().extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("Fares rose 5 percent.", saved.getString("verdict.conclusion"));
        org.junit.jupiter.api.Assertions.assertEquals(1, saved.getInt("sourceCount"));
    }

    /** Point 9: a highlight is reached with Tab and opens its claim with Enter. */
    @Test
    void highlightsAreReachedWithTabAndOpenWithEnter() throws Exception {
        long article = Api.article("Tab to a claim", "Inflation fell to 2.1 percent in March, the bank said.");
        long claim = Api.claim("alice", article, "Inflation fell to 2.1 percent");
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article, "alice");
            alice.waitFor(By.cssSelector("#article-text mark[data-claim]"));
            var keys = new org.openqa.selenium.interactions.Actions(alice.driver());
            boolean reached = false;
            for (int i = 0; i < 60 && !reached; i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                reached = Boolean.TRUE.equals(
                        alice.script("return document.activeElement.matches('#article-text mark[data-claim]');"));
            }
            assertTrue(reached, "Tab reaches the highlight");
            keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            alice.waitForUrl(".*/claims/" + claim + "$");
        }
    }

    /** Point 6: the panel in sections, with no scrollbar of its own, and its bar stays in view. */
    @Test
    void thePanelHasSectionsNoInnerScrollbarAndItsBarStaysInView() throws Exception {
        long article = Api.article("Sections", "The new line carries 40,000 passengers a day, the operator said.");
        long claim = Api.claim("alice", article, "40,000 passengers a day");
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article + "/claims/" + claim, "alice");
            alice.waitFor(By.cssSelector("[data-testid=panel-bar]"));
            assertTrue(
                    Boolean.TRUE.equals(alice.script("const p = document.getElementById('panel');"
                            + " return p.scrollHeight <= p.clientHeight + 1"
                            + " || getComputedStyle(p).overflowY === 'visible';")),
                    "no scrollbar inside the panel");
            var links = alice.driver().findElements(By.cssSelector(".panel-sections a"));
            org.junit.jupiter.api.Assertions.assertEquals(
                    5, links.size(), "Details, Sources, Verdict, Discussion, History");
            for (var link : links) {
                String target = link.getAttribute("href").replaceAll(".*#", "");
                org.junit.jupiter.api.Assertions.assertEquals(
                        1L,
                        alice.script("return document.querySelectorAll('#' + arguments[0]).length;", target),
                        "the link leads somewhere: " + target);
            }
            alice.script("document.getElementById('history').scrollIntoView();");
            Number top = (Number) alice.script(
                    "return document.querySelector('[data-testid=panel-bar]').getBoundingClientRect().top;");
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 5, "the bar stays at the top: " + top);
            org.junit.jupiter.api.Assertions.assertEquals(
                    "start",
                    alice.driver()
                            .findElement(By.cssSelector("[data-testid=bar-primary]"))
                            .getAttribute("value"),
                    "with the next step in it");
        }
    }

    /** Point 4: before publishing, the editor sees the public page it will get; readers do not yet. */
    @Test
    void anEditorPreviewsThePublicPageBeforePublishing() throws Exception {
        long article = Api.article("Preview", "The port handled 9 million containers in 2025, the authority said.");
        long claim = Api.submittedClaim(article, "The port handled 9 million containers");
        Api.move("erin", claim, "approve", null);
        try (Chromium erin = new Chromium()) {
            erin.logIn(base() + "/workspace/articles/" + article + "/claims/" + claim, "erin");
            erin.clickAndWaitForNewPage(erin.waitFor(By.cssSelector("[data-testid=preview-link]")));
            erin.waitFor(By.cssSelector("[data-testid=preview-banner]"));
            var box = erin.waitFor(By.cssSelector("[data-testid=verdict-box]"));
            assertTrue(box.getText().contains("The call lasted 50 minutes."), box.getText());
        }
        io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .get("/claims/" + claim)
                .then()
                .statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals("APPROVED", Api.state(claim), "a preview changes nothing");
    }

    /** Point 3: Dismiss asks for its reason in a section of its own; refused without one, it says why there. */
    @Test
    void dismissingAsksForItsReasonApart() throws Exception {
        long article = Api.article("Set apart", "Rainfall was 40 percent above average in May.");
        long claim = Api.claim("alice", article, "Rainfall was 40 percent above average");
        try (Chromium erin = new Chromium()) {
            erin.logIn(base() + "/workspace/articles/" + article + "/claims/" + claim, "erin");
            erin.waitFor(By.cssSelector("[data-testid=set-apart] summary")).click();
            erin.clickAndWaitForNewPage(erin.waitFor(By.cssSelector("[data-testid=set-apart] button[value=dismiss]")));
            var error = erin.waitFor(By.cssSelector("[data-testid=apart-error]"));
            assertTrue(error.getText().toLowerCase().contains("reason"), error.getText());
            org.junit.jupiter.api.Assertions.assertEquals("OPEN", Api.state(claim), "refused without a reason");
            erin.driver().findElement(By.id("apart-reason")).sendKeys("A duplicate of another claim.");
            erin.clickAndWaitForNewPage(
                    erin.driver().findElement(By.cssSelector("[data-testid=set-apart] button[value=dismiss]")));
            erin.waitFor(By.cssSelector("[data-testid=done]"));
        }
        org.junit.jupiter.api.Assertions.assertEquals("DISMISSED", Api.state(claim));
    }

    /** Point 9: the "Add claim" button covers neither the selection nor the words after it. */
    @Test
    void addClaimCoversNeitherTheSelectionNorTheNextLine() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("Line ").append(i).append(": the council said bus fares rose by a modest amount this year. ");
        }
        text.append("The deficit fell to 2.4 percent in May. ");
        for (int i = 0; i < 12; i++) {
            text.append("More ").append(i).append(": ministers then spoke at length about the budget and its plans. ");
        }
        long article = Api.article("Add claim placement", text.toString());
        try (Chromium alice = new Chromium()) {
            alice.logIn(base() + "/workspace/articles/" + article, "alice");
            alice.waitFor(By.id("article-text"));
            alice.script("document.getElementById('article-text').scrollIntoView({block: 'center'});");
            alice.selectWithMouse("The deficit fell to 2.4 percent");
            var button = alice.waitFor(By.id("add-claim-button"));
            @SuppressWarnings("unchecked")
            java.util.List<Number> r = (java.util.List<Number>) alice.script(
                    "const s = document.getSelection().getRangeAt(0).getBoundingClientRect();"
                            + " const b = arguments[0].getBoundingClientRect();"
                            + " return [s.top, s.bottom, b.top, b.bottom];",
                    button);
            double selectionTop = r.get(0).doubleValue();
            double buttonBottom = r.get(3).doubleValue();
            assertTrue(buttonBottom <= selectionTop + 0.5, "the button sits above the selection: " + r);
        }
    }
}

package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, point 1: a refused form comes back at its page's own address, with an error summary
 * that is inside the viewport, has focus and links to each field in error; on a desktop and a
 * phone-sized window.
 */
@QuarkusTest
class RefusedFormsBrowserTest {

    @TestHTTPResource("/")
    URL app;

    static final List<Dimension> WINDOWS = List.of(new Dimension(1400, 1000), new Dimension(390, 844));

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    @Test
    void aRefusedFormShowsItsErrorsInViewAtThePagesOwnAddress() throws Exception {
        for (Dimension window : WINDOWS) {
            long article = Api.article(
                    "Refused forms " + window.getWidth(),
                    "Exports rose 9 percent in May. Imports fell 2 percent in June. Prices held.");
            long researching = Api.claim("alice", article, "Exports rose 9 percent");
            Api.move("alice", researching, "start", null);
            long waiting = Api.submittedClaim(article, "Imports fell 2 percent");
            String researchPage = "/workspace/articles/" + article + "/claims/" + researching;
            String waitingPage = "/workspace/articles/" + article + "/claims/" + waiting;

            try (Chromium alice = new Chromium()) {
                alice.driver().manage().window().setSize(window);
                alice.logIn(base() + researchPage, "alice");

                alice.waitFor(By.id("source-title")).sendKeys("A source without an address");
                submit(alice, By.id("add-source"));
                assertRefusal(alice, window, "source-error", researchPage, "source-url");
                assertEquals(
                        "A source without an address",
                        alice.driver().findElement(By.id("source-title")).getAttribute("value"),
                        "what was typed stays");

                alice.waitFor(By.id("ratingId"));
                submit(alice, By.id("save-verdict"));
                assertRefusal(alice, window, "verdict-error", researchPage, "conclusion");

                alice.open(base() + "/workspace/articles");
                alice.waitFor(By.cssSelector("#import summary")).click();
                submit(alice, By.id("import-article"));
                assertRefusal(alice, window, "import-error", "/workspace/articles", "import-title");
                assertTrue(
                        alice.driver()
                                .findElement(By.cssSelector("label[for=import-title]"))
                                .getText()
                                .contains("(required)"),
                        "a required field says so");
            }

            try (Chromium erin = new Chromium()) {
                erin.driver().manage().window().setSize(window);
                erin.logIn(base() + waitingPage, "erin");
                submit(erin, By.cssSelector("#actions button[value=request_changes]"));
                assertRefusal(erin, window, "action-error", waitingPage, "reason");
            }
        }
    }

    /** Clicks a submit button, scrolled into view as a person would, and waits for the next page. */
    private static void submit(Chromium browser, By button) {
        WebElement element = browser.waitFor(button);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.clickAndWaitForNewPage(element);
    }

    private static void assertRefusal(
            Chromium browser, Dimension window, String testid, String address, String fieldInError) {
        String where = testid + " at " + window.getWidth() + " px";
        WebElement summary = browser.waitFor(By.cssSelector("[data-testid=" + testid + "]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script(
                        "return document.activeElement === document.querySelector(arguments[0]);",
                        "[data-testid=" + testid + "]")));
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) browser.script(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return [r.top, r.bottom, window.innerHeight, r.left, r.right, window.innerWidth];",
                summary);
        double top = box.get(0).doubleValue();
        double bottom = box.get(1).doubleValue();
        double height = box.get(2).doubleValue();
        assertTrue(top >= 0 && top < height && (bottom <= height || top == 0), where + ": in view, " + box);
        assertTrue(
                box.get(3).doubleValue() >= 0
                        && box.get(4).doubleValue() <= box.get(5).doubleValue() + 1,
                where + ": not cut off at the side, " + box);
        assertEquals(address, browser.script("return location.pathname;"), where + ": the page's own address");
        WebElement link = summary.findElement(By.cssSelector("a[href='#" + fieldInError + "']"));
        assertFalse(link.getText().isBlank(), where + ": the link names the error");
        assertEquals(
                1L,
                browser.script("return document.querySelectorAll('#' + arguments[0]).length;", fieldInError),
                where + ": the link leads to the field");
    }
}

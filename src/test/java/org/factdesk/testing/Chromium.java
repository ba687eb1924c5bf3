package org.factdesk.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium driven through ChromeDriver (both from apt, installed by
 * ./factdesk test; nothing is downloaded). One instance is one person's browser.
 */
public final class Chromium implements AutoCloseable {

    public static final String BINARY = System.getenv().getOrDefault("FACTDESK_CHROMIUM", "/usr/bin/chromium");
    public static final String DRIVER = System.getenv().getOrDefault("FACTDESK_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    public Chromium() throws IOException {
        profile = Files.createTempDirectory("factdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * From the next page on, every document starts with a sentinel: {@code xss(n)}, alert,
     * confirm and prompt record their call instead of acting, and CSP violations and script
     * errors are recorded too. {@link #sentinelHits()} reads what happened on the page.
     */
    public void installXssSentinel() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.__xss = [];
                window.xss = function (n) { window.__xss.push('xss(' + n + ') ran'); };
                ['alert', 'confirm', 'prompt', 'print'].forEach(function (f) {
                  window[f] = function () { window.__xss.push(f + '() called'); };
                });
                document.addEventListener('securitypolicyviolation', function (e) {
                  window.__xss.push(
                      'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
                });
                window.addEventListener('error', function (e) { window.__xss.push('script error: ' + e.message); });
                """));
    }

    /** What the sentinel recorded, plus markup that can only have come from injection. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> sentinelHits() {
        return (java.util.List<String>) script("""
                var hits = (window.__xss || []).slice();
                if (!window.__xss) { hits.push('no sentinel on this document'); }
                document.querySelectorAll('[data-xss]').forEach(function (e) {
                  hits.push('injected element <' + e.tagName + ' data-xss=' + e.getAttribute('data-xss') + '>');
                });
                document.querySelectorAll('*').forEach(function (e) {
                  for (var i = 0; i < e.attributes.length; i++) {
                    if (/^on/i.test(e.attributes[i].name)) {
                      hits.push('event handler ' + e.attributes[i].name + ' on <' + e.tagName + '>');
                    }
                  }
                });
                document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), iframe, object, \
                embed, frame, base, meta[http-equiv]')
                    .forEach(function (e) { hits.push('injected <' + e.tagName + '>'); });
                document.querySelectorAll('a[href], form[action], button[formaction]').forEach(function (e) {
                  var url = e.getAttribute('href') || e.getAttribute('action') || e.getAttribute('formaction') || '';
                  if (/^\\s*(javascript|data|vbscript):/i.test(url)) {
                    hits.push('dangerous link ' + url.substring(0, 60));
                  }
                });
                return hits;
                """);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Opens a workspace page; Keycloak's real login page asks for the password (user name). */
    public void logIn(String workspaceUrl, String user) {
        driver.get(workspaceUrl);
        waitFor(By.id("kc-form-login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/realms/"));
    }

    public WebElement waitFor(By locator) {
        try {
            // A live update may swap the element between finding it and asking whether it shows;
            // Chromium then says "stale" or "node does not belong to the document": look again.
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            saveSource();
            throw new AssertionError(
                    "no visible " + locator + " on " + driver.getCurrentUrl() + "; the page says: "
                            + abbreviate(driver.findElement(By.tagName("body")).getText()) + "\nsource: "
                            + abbreviate(driver.getPageSource()),
                    e);
        }
    }

    /** Keeps the page of a failed wait in target/failed-page.html for a look. */
    private void saveSource() {
        try {
            Files.writeString(Path.of("target", "failed-page.html"), driver.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // only a debugging aid
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }

    /** Clicks something that loads a new page (perhaps at the same address) and waits for it. */
    public void clickAndWaitForNewPage(WebElement element) {
        script("window.factdeskOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(
                        script("return document.readyState === 'complete' && window.factdeskOldPage === undefined;")));
    }

    /** Waits until the address matches the pattern; fails with what the page says. */
    public void waitForUrl(String regex) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().matches(regex));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "still on " + driver.getCurrentUrl() + "; the page says: "
                            + abbreviate(driver.findElement(By.tagName("body")).getText()),
                    e);
        }
    }

    /** Waits up to the given time for an element's text to contain the expected text. */
    public void waitForText(By locator, String expected, Duration within) {
        // While a form's post-redirect-get reloads the page, an element can vanish mid-read.
        new WebDriverWait(driver, within)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Selects a phrase of the article text with real mouse events: press just inside its
     * first character, drag to just inside its last, release.
     */
    @SuppressWarnings("unchecked")
    public void selectWithMouse(String phrase) {
        Map<String, Number> box = (Map<String, Number>) script("""
                const text = document.getElementById('article-text');
                const at = text.textContent.indexOf(arguments[0]);
                if (at < 0) { return null; }
                function point(offset) {
                  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                  let seen = 0, node;
                  while ((node = walker.nextNode())) {
                    if (seen + node.length > offset) { return [node, offset - seen]; }
                    seen += node.length;
                  }
                }
                const [startNode, startOffset] = point(at);
                const [endNode, endOffset] = point(at + arguments[0].length - 1);
                const first = document.createRange();
                first.setStart(startNode, startOffset);
                first.setEnd(startNode, startOffset + 1);
                const last = document.createRange();
                last.setStart(endNode, endOffset);
                last.setEnd(endNode, endOffset + 1);
                window.scrollBy(0, first.getBoundingClientRect().top - window.innerHeight / 2);
                const a = first.getBoundingClientRect(), b = last.getBoundingClientRect();
                return {x1: a.left + 1, y1: (a.top + a.bottom) / 2, x2: b.right - 1, y2: (b.top + b.bottom) / 2};
                """, phrase);
        if (box == null) {
            throw new AssertionError("the phrase is not in the article text: " + phrase);
        }
        new Actions(driver)
                .moveToLocation(box.get("x1").intValue(), box.get("y1").intValue())
                .clickAndHold()
                .moveToLocation(box.get("x2").intValue(), box.get("y2").intValue())
                .release()
                .perform();
    }

    /** Saves a PNG of the window, e.g. for the README. */
    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}

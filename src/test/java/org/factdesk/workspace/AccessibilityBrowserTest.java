package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Test 5 of the workspace issue: axe-core finds no serious or critical violation on any workspace page. */
@QuarkusTest
class AccessibilityBrowserTest {

    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    @TestHTTPResource("/")
    URL app;

    @Test
    void workspacePagesHaveNoSeriousAccessibilityViolations() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        long article = Api.article("Accessibility", "The school has 1,200 pupils and 80 teachers.");
        long claim = Api.claim("alice", article, "1,200 pupils");
        Api.submittedClaim(article, "80 teachers");
        long published = Api.publishedClaim(article, "The school has 1,200 pupils");
        long teachers = Api.claim("alice", article, "80 teachers");
        // A correction, so that the corrections page and the re-anchoring view have something to show.
        Api.as("alice")
                .body(java.util.Map.of("text", "The school has 1,200 pupils and 85 teachers."))
                .post("/api/articles/{id}/versions", article)
                .then()
                .statusCode(201);
        String axe = Files.readString(AXE);

        List<String> problems = new ArrayList<>();
        try (Chromium admin = new Chromium()) {
            admin.logIn(base + "/workspace", "admin");
            for (String page : List.of(
                    "/",
                    "/workspace",
                    "/workspace/articles",
                    "/workspace/articles/" + article,
                    "/workspace/articles/" + article + "/claims/" + claim,
                    "/workspace/queue",
                    "/workspace/claims",
                    "/workspace/workflow",
                    "/workspace/settings",
                    "/claims",
                    "/claims/" + published,
                    "/articles/" + article,
                    "/about/methodology",
                    "/workspace/articles/" + article + "/corrections",
                    "/workspace/articles/" + article + "?reanchor=" + teachers)) {
                admin.open(base + page);
                admin.waitFor(By.id("main"));
                problems.addAll(violations(admin, axe, page));
            }
        }
        assertTrue(
                problems.isEmpty(), "axe-core found serious or critical violations:\n" + String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Chromium browser, String axe, String page) {
        browser.script(axe);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                 targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        return found.stream()
                .map(v -> page + ": " + v.get("impact") + " " + v.get("id") + " — " + v.get("help") + " at "
                        + v.get("targets"))
                .toList();
    }

    @Test
    void thePublicClaimPageIsReadableOnAPhone() throws Exception {
        long published =
                Api.publishedClaim(Api.article("Phone", "The new stadium seats 62,000 people."), "seats 62,000 people");
        try (Chromium reader = new Chromium()) {
            reader.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            reader.open(app.toString().replaceAll("/$", "") + "/claims/" + published);
            reader.waitFor(By.cssSelector("h1"));
            Number overflow =
                    (Number) reader.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 390 px (overflow " + overflow + " px)");
            reader.screenshot(Path.of("docs/screenshots/public-claim-phone.png"));
        }
    }
}

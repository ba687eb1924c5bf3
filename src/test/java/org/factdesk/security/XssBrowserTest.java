package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;

/**
 * More than a hundred XSS payloads (src/test/resources/xss/payloads.txt) written into every
 * field people can type into — article title and text, claimant, source title, URL,
 * publisher and quoted passage, verdict conclusion and rationale, comments, a rating label —
 * then real Chromium loads every page, feed and document that shows them. Each payload calls
 * {@code xss(n)} or carries {@code data-xss="n"} if it ever runs or becomes markup; the test
 * fails on any call, dialog, CSP violation, script error or injected element.
 */
@QuarkusTest
class XssBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void noPayloadRunsOrBecomesMarkupAnywhere() throws Exception {
        List<String> payloads = Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt"), StandardCharsets.UTF_8)
                .stream().filter(p -> !p.isBlank()).map(p -> p.replace("\\n", "\n")).toList();
        assertTrue(payloads.size() >= 100, "payloads: " + payloads.size());

        // The article: a payload as its title, every payload in its text, and sentences to check.
        StringBuilder text = new StringBuilder();
        int claims = (payloads.size() + 6) / 7;
        for (int i = 0; i < claims; i++) {
            text.append("Sentence ").append(i).append(" says prices rose ").append(i).append(" percent.\n\n");
        }
        payloads.forEach(p -> text.append(p).append("\n\n"));
        long article = Api.article(fit(payloads.get(0), 500), text.toString());
        long labelled = Api.as("admin").body(Map.of("label", fit(payloads.get(3), 60), "definition", fit(payloads.get(4), 1000),
                "value", 2, "colour", "#123456")).post("/api/ratings").then().statusCode(201).extract().jsonPath().getLong("id");

        Set<Long> published = new LinkedHashSet<>();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            int p = i * 7;
            long claim = Api.createClaim("alice", article, Map.of(
                    "selectors", List.of(Map.of("type", "TextQuoteSelector", "exact", "prices rose " + i + " percent")),
                    "claimant", fit(payload(payloads, p), 200), "claimType", "statistic"))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            all.add(claim);
            Api.move("alice", claim, "start", null);
            Api.addSource("alice", claim, Map.of(
                    "url", "https://example.org/source?q=" + URLEncoder.encode(fit(payload(payloads, p + 1), 1500), StandardCharsets.UTF_8),
                    "title", fit(payload(payloads, p + 1), 500), "publisher", fit(payload(payloads, p + 2), 300),
                    "quotedPassage", fit(payload(payloads, p + 3), 10_000), "stance", "supports")).then().statusCode(201);
            long rating = i == 0 ? labelled : Api.rating("True");
            Api.as("alice").body(Map.of("version", Api.version(claim), "ratingId", rating,
                    "conclusion", fit(payload(payloads, p + 4), 280), "rationale", fit(payload(payloads, p + 5), 20_000)))
                    .put("/api/claims/{id}/verdict", claim).then().statusCode(200);
            Api.as("bob").body(Map.of("body", fit(payload(payloads, p + 6), 10_000)))
                    .post("/api/claims/{id}/comments", claim).then().statusCode(201);
            if (i % 2 == 0) {
                Api.move("alice", claim, "submit", null);
                Api.move("erin", claim, "approve", null);
                Api.move("erin", claim, "publish", null);
                published.add(claim);
            } else if (i % 3 == 1) {
                Api.move("alice", claim, "submit", null);   // waits in the approval queue
            }
        }

        // The same kinds of fields written through the workspace's forms, as a browser sends them.
        org.factdesk.testing.Session bob = org.factdesk.testing.Session.logIn(base, "bob");
        int formWrites = 0;
        for (int i = 0; i < all.size(); i++) {
            long claim = all.get(i);
            String payload = payload(payloads, i * 5 + 3);
            var comment = bob.postForm("/workspace/claims/" + claim + "/comments", Map.of("body", fit(payload, 10_000)),
                    "HX-Request", "true");
            assertTrue(comment.statusCode() < 400, "comment form: " + comment.statusCode());
            formWrites++;
            if (i % 2 == 1 && i % 3 != 1) {   // still in research: sources can be added
                var source = bob.postForm("/workspace/claims/" + claim + "/sources", Map.of("url", "https://example.org/form",
                        "title", fit(payload(payloads, i * 5 + 4), 500), "publisher", fit(payload(payloads, i * 5 + 5), 300),
                        "quotedPassage", fit(payload(payloads, i * 5 + 6), 10_000), "stance", "supports",
                        "version", String.valueOf(Api.version(claim))), "HX-Request", "true");
                assertTrue(source.statusCode() < 400, "source form: " + source.statusCode() + " " + source.body());
                formWrites += 3;
            }
        }

        List<String> pages = new ArrayList<>(List.of("/workspace", "/workspace/articles", "/workspace/articles/" + article,
                "/workspace/claims", "/workspace/queue", "/workspace/settings", "/workspace/workflow"));
        for (long claim : all) {
            pages.add("/workspace/articles/" + article + "/claims/" + claim);
        }
        pages.addAll(List.of("/", "/claims", "/claims?q=prices", "/articles/" + article, "/claims.atom", "/api/public/claims",
                "/claims.csv"));
        for (long claim : published) {
            pages.add("/claims/" + claim);
            pages.add("/claims/" + claim + ".annotation.jsonld");
        }

        List<String> hits = new ArrayList<>();
        try (Chromium browser = new Chromium()) {
            browser.installXssSentinel();
            // The detector itself works: a page that really is injected is caught.
            browser.open("data:text/html,<b data-xss=0>x</b><img src=x onerror=xss(0)><script>xss(0);alert(1)</script>");
            Thread.sleep(300);
            List<String> control = browser.sentinelHits();
            assertTrue(control.contains("xss(0) ran") && control.contains("alert() called")
                    && control.stream().anyMatch(h -> h.startsWith("injected element")), "the sentinel sees injection: " + control);
            browser.logIn(base + "workspace", "admin");
            for (String page : pages) {
                // Leave the previous page first: its event stream and goodbye beacon end there, and
                // a navigation straight from a page with an open stream sometimes stalls Chromium.
                browser.open("about:blank");
                try {
                    browser.open(base.toString().replaceAll("/$", "") + page);
                } catch (org.openqa.selenium.TimeoutException slow) {
                    hits.add(page + ": did not finish loading within 30 s");
                    continue;
                }
                Thread.sleep(300);   // htmx fragments and the live stream settle
                for (String hit : browser.sentinelHits()) {
                    hits.add(page + ": " + hit);
                }
            }
        } finally {
            Api.as("admin").body(Map.of("label", fit(payloads.get(3), 60), "definition", "retired by the XSS test", "value", 2,
                    "colour", "#123456", "retired", true)).put("/api/ratings/{id}", labelled);
        }
        System.out.printf("XSS: %d payloads in 10 kinds of field of %d claims (and %d more written through the forms), "
                + "%d pages loaded in Chromium, %d findings%n", payloads.size(), claims, formWrites, pages.size(), hits.size());
        if (!hits.isEmpty()) {
            fail(hits.size() + " findings:\n  " + String.join("\n  ", hits.subList(0, Math.min(60, hits.size()))));
        }
    }

    private static String payload(List<String> payloads, int index) {
        return payloads.get(index % payloads.size());
    }

    /** The payload cut to what the field accepts. */
    private static String fit(String payload, int max) {
        return payload.length() <= max ? payload : payload.substring(0, max);
    }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.factdesk.testing.Docs;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * Every XSS payload (src/test/resources/xss/payloads.txt) written into every field people can
 * type into (FIELDS), each payload into each field, then real Chromium loads every page, feed
 * and document that shows them. Each payload calls {@code xss(n)} or carries
 * {@code data-xss="n"} if it ever runs or becomes markup; the test fails on any call, dialog,
 * CSP violation, script error or injected element.
 *
 * <p>Payload i gets an article of its own (title, outlet, author, address and text are the
 * payload) with two claims whose every field is the payload: one in research (in the approval
 * queue for odd i), one published and then retracted (the retraction's reason is public), and a
 * rating whose label and definition are the payload. So one claim panel, one public page and
 * one public article page show all the fields of one payload at once; the first page of each
 * list shows many payloads together. docs/SECURITY.md quotes the counts, checked at the end.
 */
@QuarkusTest
class XssBrowserTest {

    /** The fields people type into; every payload goes into each, through the API. */
    static final List<String> FIELDS = List.of(
            "article title",
            "article outlet",
            "article author",
            "article address",
            "article text",
            "claimant",
            "why selected",
            "tag",
            "source address",
            "source title",
            "source publisher",
            "source archive address",
            "source quoted passage",
            "verdict conclusion",
            "verdict rationale",
            "comment",
            "reason of a transition",
            "rating label",
            "rating definition");

    /** The same payloads once more through the workspace's own forms, as htmx sends them. */
    static final List<String> FORM_FIELDS =
            List.of("comment", "source title", "source publisher", "source quoted passage");

    /**
     * The longest comment and quoted passage the forms take (their fields' own limit, 10,000
     * characters): the 20,000-character payload goes through the forms cut to it, keeping both ends.
     */
    static final int FORM_MAX = 10_000;

    /** Pages loaded for each payload: its claim panel, its public page, its JSON-LD annotation, its public article. */
    static final int PAGES_PER_PAYLOAD = 4;

    record Fixture(int index, long article, long research, long published, long rating) {}

    @TestHTTPResource("/")
    URL base;

    @Test
    void noPayloadRunsOrBecomesMarkupAnywhere() throws Exception {
        List<String> payloads =
                Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt"), StandardCharsets.UTF_8).stream()
                        .filter(p -> !p.isBlank())
                        .map(p -> p.replace("\\n", "\n"))
                        .toList();
        assertTrue(payloads.size() >= 100, "payloads: " + payloads.size());

        long started = System.nanoTime();
        Session bob = Session.logIn(base, "bob");
        List<Fixture> fixtures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Fixture>> stored = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                int index = i;
                stored.add(pool.submit(() -> store(index, payloads.get(index), bob)));
            }
            for (Future<Fixture> f : stored) {
                fixtures.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double storing = (System.nanoTime() - started) / 1e9;

        List<String> pages = new ArrayList<>(List.of(
                "/workspace",
                "/workspace/articles",
                "/workspace/claims",
                "/workspace/claims?state=IN_RESEARCH",
                "/workspace/claims?state=AWAITING_APPROVAL",
                "/workspace/claims?state=RETRACTED",
                "/workspace/queue",
                "/workspace/settings",
                "/workspace/workflow"));
        for (Fixture f : fixtures) {
            pages.add("/workspace/articles/" + f.article() + "/claims/" + f.research());
        }
        // Not the CSV: browsers download it instead of showing it.
        pages.addAll(
                List.of("/", "/claims?limit=100", "/claims?q=rose", "/claims.atom", "/api/public/claims?limit=100"));
        for (Fixture f : fixtures) {
            pages.add("/claims/" + f.published());
            pages.add("/claims/" + f.published() + ".annotation.jsonld");
            pages.add("/articles/" + f.article());
        }

        List<String> hits = new ArrayList<>();
        long browsing = System.nanoTime();
        try (Chromium browser = new Chromium()) {
            browser.installXssSentinel();
            // The detector itself works: a page that really is injected is caught.
            browser.open(
                    "data:text/html,<b data-xss=0>x</b><img src=x onerror=xss(0)><script>xss(0);alert(1)</script>");
            Thread.sleep(300);
            List<String> control = browser.sentinelHits();
            assertTrue(
                    control.contains("xss(0) ran")
                            && control.contains("alert() called")
                            && control.stream().anyMatch(h -> h.startsWith("injected element")),
                    "the sentinel sees injection: " + control);
            browser.logIn(base + "workspace", "admin");
            for (String page : pages) {
                boolean workspace = page.startsWith("/workspace");
                if (workspace) {
                    // Leave the previous page first: its event stream and goodbye beacon end there, and
                    // a navigation straight from a page with an open stream sometimes stalls Chromium.
                    browser.open("about:blank");
                }
                try {
                    browser.open(base.toString().replaceAll("/$", "") + page);
                } catch (org.openqa.selenium.TimeoutException slow) {
                    hits.add(page + ": did not finish loading within 30 s");
                    continue;
                }
                if (workspace) {
                    settle(browser); // htmx fragments and the live stream
                }
                // Shown as a document (a permalink redirects to its address with the slug), not downloaded.
                if (!browser.driver()
                        .getCurrentUrl()
                        .startsWith(base.toString().replaceAll("/$", "") + page.replaceAll("\\?.*", ""))) {
                    hits.add(page + ": not shown as a document ("
                            + browser.driver().getCurrentUrl() + ")");
                    continue;
                }
                for (String hit : browser.sentinelHits()) {
                    hits.add(page + ": " + hit);
                }
            }
        } finally {
            for (Fixture f : fixtures) {
                String p = payloads.get(f.index());
                Api.as("admin")
                        .body(Map.of(
                                "label",
                                fit(p, 60),
                                "definition",
                                "retired by the XSS test",
                                "value",
                                2,
                                "colour",
                                "#123456",
                                "retired",
                                true))
                        .put("/api/ratings/{id}", f.rating());
            }
        }
        double inChromium = (System.nanoTime() - browsing) / 1e9;
        int lists = pages.size() - PAGES_PER_PAYLOAD * payloads.size();
        System.out.printf(
                Locale.ROOT,
                "XSS: %d payloads x %d fields = %d values through the API, x %d fields = %d more through the"
                        + " forms; %d pages loaded in Chromium (%d per payload, %d lists and feeds), %d findings"
                        + " (%.0f s storing, %.0f s in Chromium)%n",
                payloads.size(),
                FIELDS.size(),
                payloads.size() * FIELDS.size(),
                FORM_FIELDS.size(),
                payloads.size() * FORM_FIELDS.size(),
                pages.size(),
                PAGES_PER_PAYLOAD,
                lists,
                hits.size(),
                storing,
                inChromium);
        if (!hits.isEmpty()) {
            fail(hits.size() + " findings:\n  " + String.join("\n  ", hits.subList(0, Math.min(60, hits.size()))));
        }
        Docs.assertQuotes("docs/SECURITY.md", "\\*\\*(\\d+) payloads\\*\\*", payloads.size());
        Docs.assertQuotes("docs/SECURITY.md", "each into every one of the (\\d+) fields people type", FIELDS.size());
        Docs.assertQuotes(
                "docs/SECURITY.md",
                "(\\d+) × (\\d+) = ([\\d,]+) values",
                payloads.size(),
                FIELDS.size(),
                payloads.size() * FIELDS.size());
        Docs.assertQuotes(
                "docs/SECURITY.md", "(\\d+) of its fields through the\\s+workspace's own forms", FORM_FIELDS.size());
        Docs.assertQuotes("docs/SECURITY.md", "Real Chromium then loads \\*\\*([\\d,]+) pages\\*\\*", pages.size());
        Docs.assertQuotes("docs/SECURITY.md", "the (\\d+) pages of each payload", PAGES_PER_PAYLOAD);
        Docs.assertQuotes("docs/SECURITY.md", "\\*\\*Findings: (\\d+)\\.\\*\\*", hits.size());
        Docs.assertQuotes("docs/SECURITY.md", "cut to ([\\d,]+) characters, the fields' own limit", FORM_MAX);
        Docs.assertQuotes("docs/RELIABILITY.md", "visits ([\\d,]+) pages in one browser", pages.size());
    }

    /**
     * Payload {@code i} in every field: its own article, a claim in research (submitted for odd
     * i) and a claim published and retracted, each with a source, a verdict on the payload's
     * rating, a comment and a transition's reason; and the forms' comment and source. Each
     * change answers with the claim's new version (ETag), which the next one is based on.
     */
    private Fixture store(int i, String p, Session bob) throws Exception {
        long rating = Api.as("admin")
                .body(Map.of("label", fit(p, 60), "definition", fit(p, 1000), "value", 2, "colour", "#123456"))
                .post("/api/ratings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String text = "Prices rose " + i + " percent in May.\n\nExports rose " + i + " percent in June.\n\n" + p;
        Map<String, Object> article = new HashMap<>(Map.of(
                "title",
                fit(p, 500),
                "outlet",
                fit(p, 200),
                "author",
                fit(p, 200),
                "url",
                "https://example.org/article?q=" + query(p),
                "text",
                text));
        long articleId = Api.as("alice")
                .body(article)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long[] research = claim(articleId, "Prices rose " + i + " percent", p, rating);
        long[] published = claim(articleId, "Exports rose " + i + " percent", p, rating);

        var comment = bob.postForm(
                "/workspace/claims/" + research[0] + "/comments",
                Map.of("body", fit(p, FORM_MAX)),
                "HX-Request",
                "true");
        assertTrue(comment.statusCode() < 400, "comment form: " + comment.statusCode());
        var source = bob.postForm(
                "/workspace/claims/" + research[0] + "/sources",
                Map.of(
                        "url",
                        "https://example.org/form",
                        "title",
                        fit(p, 500),
                        "publisher",
                        fit(p, 300),
                        "quotedPassage",
                        fit(p, FORM_MAX),
                        "stance",
                        "supports",
                        "version",
                        String.valueOf(research[1])),
                "HX-Request",
                "true");
        assertTrue(source.statusCode() < 400, "source form: " + source.statusCode() + " " + source.body());
        if (i % 2 == 1) {
            Api.move("alice", research[0], "submit", fit(p, 2000)); // waits in the approval queue
        }
        long version = move("alice", published, "submit", null);
        version = move("erin", new long[] {published[0], version}, "approve", null);
        version = move("erin", new long[] {published[0], version}, "publish", null);
        move("erin", new long[] {published[0], version}, "retract", fit(p, 2000)); // the reason is the public notice
        return new Fixture(i, articleId, research[0], published[0], rating);
    }

    /** A claim whose every field is the payload, in research, with a source, a verdict and a comment: {id, version}. */
    private static long[] claim(long article, String quote, String p, long rating) {
        var created = Api.createClaim(
                "alice",
                article,
                Map.of(
                        "selectors",
                        List.of(Map.of("type", "TextQuoteSelector", "exact", quote)),
                        "claimant",
                        fit(p, 300),
                        "whySelected",
                        fit(p, 2000),
                        "tags",
                        List.of(fit(p, 60)),
                        "claimType",
                        "statistic"));
        created.then().statusCode(201);
        long[] claim = {created.jsonPath().getLong("id"), version(created)};
        claim[1] = move("alice", claim, "start", fit(p, 2000));
        claim[1] = version(Api.addSource(
                        "alice",
                        claim[0],
                        Map.of(
                                "version",
                                claim[1],
                                "url",
                                "https://example.org/source?q=" + query(p),
                                "title",
                                fit(p, 500),
                                "publisher",
                                fit(p, 300),
                                "archivedUrl",
                                "https://web.archive.org/web/2026/https://example.org/?q=" + query(p),
                                "quotedPassage",
                                fit(p, 10_000),
                                "stance",
                                "supports"))
                .then()
                .statusCode(201)
                .extract()
                .response());
        claim[1] = version(Api.as("alice")
                .body(Map.of(
                        "version",
                        claim[1],
                        "ratingId",
                        rating,
                        "conclusion",
                        fit(p, 280),
                        "rationale",
                        fit(p, 20_000)))
                .put("/api/claims/{id}/verdict", claim[0])
                .then()
                .statusCode(200)
                .extract()
                .response());
        Api.as("bob")
                .body(Map.of("body", fit(p, 10_000)))
                .post("/api/claims/{id}/comments", claim[0])
                .then()
                .statusCode(201);
        return claim;
    }

    /** A transition at the given {id, version} that must succeed; returns the new version. */
    private static long move(String user, long[] claim, String action, String reason) {
        return version(Api.transition(user, claim[0], action, claim[1], reason, null)
                .then()
                .statusCode(200)
                .extract()
                .response());
    }

    /** The claim version a change answered with (its ETag). */
    private static long version(io.restassured.response.Response response) {
        return Long.parseLong(response.header("ETag").replaceAll("[^0-9]", ""));
    }

    /** Waits until the page has loaded and htmx has no request in flight. */
    private static void settle(Chromium browser) throws InterruptedException {
        long until = System.nanoTime() + 3_000_000_000L;
        do {
            Thread.sleep(40);
        } while (System.nanoTime() < until
                && !Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                        + " && !document.querySelector("
                        + "'.htmx-request, .htmx-swapping, .htmx-settling');")));
    }

    /** The payload as an address's query value (addresses must be http or https). */
    private static String query(String payload) {
        return URLEncoder.encode(fit(payload, 500), StandardCharsets.UTF_8);
    }

    /**
     * The payload cut to what the field accepts, keeping both ends: the long payloads carry their
     * markup at the start or at the end.
     */
    private static String fit(String payload, int max) {
        if (payload.length() <= max) {
            return payload;
        }
        return payload.substring(0, max / 2) + payload.substring(payload.length() - (max - max / 2));
    }
}

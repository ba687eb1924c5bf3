package org.factdesk.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 17, point 11: a verdict box at the top of each check (the rating in its colour and in
 * words, the conclusion, the claimant), the verdict on each highlight of the article view, a
 * "Follow and data" footer and a way to reach the desk, on every public page.
 */
@QuarkusTest
class ReadersPagesTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void eachCheckOpensWithItsVerdictAndEachHighlightSaysIt() throws Exception {
        long article = Api.article(
                "Readers' view " + System.nanoTime(),
                "The minister said unemployment fell to 3.9 percent in April. She also said wages rose 6 percent.");
        long first = Api.publishedClaim(article, "unemployment fell to 3.9 percent");
        long second = Api.publishedClaim(article, "wages rose 6 percent");

        Document check = Jsoup.parse(given().redirects()
                .follow(true)
                .get("/claims/" + first)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        var box = check.selectFirst("[data-testid=verdict-box]");
        assertTrue(box != null, "a verdict box");
        assertTrue(box.text().contains("True"), "the rating in words: " + box.text());
        assertTrue(box.text().contains("The call lasted 50 minutes."), "the conclusion: " + box.text());
        assertTrue(box.text().contains("Jen Psaki"), "the claimant: " + box.text());
        String colour = box.classNames().stream()
                .filter(c -> c.startsWith("colour-"))
                .findFirst()
                .orElseThrow();
        String css =
                given().get("/colours.css").then().statusCode(200).extract().asString();
        assertTrue(css.contains("." + colour + " { --rating: #"), "the colour class is defined: " + css);
        assertTrue(
                check.selectFirst("h1").elementSiblingIndex() < box.elementSiblingIndex(),
                "the quote, then straight away its verdict");

        Document view = Jsoup.parse(given().get("/articles/" + article)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> tags = view.select("[data-testid=verdict-tag]").eachText();
        assertEquals(List.of("True", "True"), tags, "each published highlight is followed by its rating");
        assertTrue(view.select("[data-testid=verdict-tag]").first().attr("href").startsWith("/claims/" + first));
        assertTrue(view.select("[data-testid=verdict-tag]").last().attr("href").startsWith("/claims/" + second));

        for (String page : List.of("/", "/claims", "/claims/" + first, "/articles/" + article, "/about/corrections")) {
            Document d = Jsoup.parse(given().redirects()
                    .follow(true)
                    .get(page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            var footer = d.selectFirst("footer.site-footer");
            assertTrue(footer != null, page + " has the footer");
            for (String feed : List.of("/claims.atom", "/api/public/claims", "/claims.csv")) {
                assertTrue(!footer.select("a[href=" + feed + "]").isEmpty(), page + " links " + feed);
            }
            assertEquals(
                    "mailto:corrections@factdesk.example",
                    footer.selectFirst("[data-testid=contact]").attr("href"),
                    page + " says how to reach the desk");
        }
    }

    @Test
    void onAPhoneTheConclusionIsOnTheFirstScreen() throws Exception {
        long article =
                Api.article("Phone verdict " + System.nanoTime(), "Officials said the bridge is 2 kilometres long.");
        long claim = Api.publishedClaim(article, "the bridge is 2 kilometres long");
        try (Chromium reader = new Chromium()) {
            reader.driver().manage().window().setSize(new Dimension(390, 844));
            reader.open(app.toString().replaceAll("/$", "") + "/claims/" + claim);
            var conclusion = reader.waitFor(By.cssSelector("[data-testid=verdict-box] .conclusion"));
            Number bottom = (Number) reader.script("return arguments[0].getBoundingClientRect().bottom;", conclusion);
            Number height = (Number) reader.script("return window.innerHeight;");
            assertTrue(
                    bottom.doubleValue() <= height.doubleValue(), "the conclusion ends at " + bottom + " of " + height);
            reader.driver().manage().window().setSize(new Dimension(1400, 1000));
            reader.open(app.toString().replaceAll("/$", "") + "/claims/" + claim);
            reader.waitFor(By.cssSelector("[data-testid=verdict-box]"));
            reader.screenshot(java.nio.file.Path.of("docs/screenshots/public-claim.png"));
        }
    }
}

package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.testing.Api;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Issue 17, point 8: no workspace or public page is wider than a 390 px phone. */
@QuarkusTest
class PhoneWidthBrowserTest {

    @TestHTTPResource("/")
    URL app;

    String base() {
        return app.toString().replaceAll("/$", "");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws Exception {
        long article = Api.article(
                "A long headline about port statistics and what the minister said about them",
                "The minister said the port handled 7 million containers last year, a record. Critics disagreed.");
        long published = Api.publishedClaim(article, "7 million containers");
        long open = Api.claim("alice", article, "Critics disagreed");
        List<String> pages = List.of(
                "/workspace",
                "/workspace/articles",
                "/workspace/articles/" + article,
                "/workspace/articles/" + article + "/claims/" + open,
                "/workspace/articles/" + article + "/claims/" + published,
                "/workspace/claims",
                "/workspace/queue",
                "/workspace/workflow",
                "/workspace/settings",
                "/",
                "/claims",
                "/claims/" + published,
                "/articles/" + article,
                "/about/methodology",
                "/about/corrections");
        List<String> tooWide = new ArrayList<>();
        try (Chromium admin = new Chromium()) {
            admin.driver().manage().window().setSize(new Dimension(390, 844));
            admin.logIn(base() + "/workspace", "admin");
            for (String page : pages) {
                admin.open(base() + page);
                admin.waitFor(By.tagName("main"));
                Number content = (Number) admin.script("return document.documentElement.scrollWidth;");
                Number viewport = (Number) admin.script("return document.documentElement.clientWidth;");
                if (content.intValue() > viewport.intValue()) {
                    tooWide.add(page + ": " + content + " px in " + viewport + " (widest: " + admin.script("""
                                    let widest = null, right = 0;
                                    for (const e of document.body.querySelectorAll('*')) {
                                      const r = e.getBoundingClientRect();
                                      if (r.right > right + 0.5) { right = r.right; widest = e; }
                                    }
                                    return widest ? widest.tagName + '.' + widest.className + '#' + widest.id : '';
                                    """) + ")");
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than a 390 px phone");
    }
}

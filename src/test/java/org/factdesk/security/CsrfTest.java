package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.Browser;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing form carries a CSRF token tied to the browser's cookie. Without it, or
 * with another session's token, the form gets 403 and changes nothing.
 */
@QuarkusTest
class CsrfTest {

    @TestHTTPResource("/workspace/settings")
    URL settings;

    @Test
    void aFormWithoutItsOwnTokenIsRefusedAndChangesNothing() throws Exception {
        try (Browser admin = new Browser();
                Browser other = new Browser()) {
            HtmlPage page = Browser.logIn(admin.open(settings.toString()), "admin", "admin");
            HtmlPage otherPage = Browser.logIn(other.open(settings.toString()), "admin", "admin");
            String otherToken =
                    newRatingForm(otherPage).getInputByName("csrf-token").getValue();
            assertFalse(otherToken.isBlank());

            // The same form with its own token works: the refusals below are about the token alone.
            Page saved = submit(newRatingForm(page), "Csrf baseline");
            assertEquals(200, saved.getWebResponse().getStatusCode());
            assertTrue(ratingLabels().contains("Csrf baseline"));

            page = admin.open(settings.toString());
            HtmlForm missing = newRatingForm(page);
            missing.getInputByName("csrf-token").remove();
            assertRefused(submit(missing, "Csrf missing token"));

            page = admin.open(settings.toString());
            HtmlForm foreign = newRatingForm(page);
            assertFalse(otherToken.equals(foreign.getInputByName("csrf-token").getValue()), "two sessions, two tokens");
            foreign.getInputByName("csrf-token").setValue(otherToken);
            assertRefused(submit(foreign, "Csrf foreign token"));

            page = admin.open(settings.toString());
            HtmlForm forged = newRatingForm(page);
            forged.getInputByName("csrf-token").setValue("AAAAAAAAAAAAAAAAAAAAAA");
            assertRefused(submit(forged, "Csrf forged token"));

            List<String> labels = ratingLabels();
            assertFalse(labels.contains("Csrf missing token"), labels.toString());
            assertFalse(labels.contains("Csrf foreign token"), labels.toString());
            assertFalse(labels.contains("Csrf forged token"), labels.toString());
        }
    }

    private static HtmlForm newRatingForm(HtmlPage page) {
        return page.getForms().stream()
                .filter(f -> "/workspace/settings/ratings".equals(f.getActionAttribute()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no add-rating form on " + page.getUrl()));
    }

    private static Page submit(HtmlForm form, String label) throws Exception {
        form.getInputByName("label").setValue(label);
        form.getTextAreaByName("definition").setText("Made by the CSRF test.");
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private static void assertRefused(Page response) {
        assertEquals(403, response.getWebResponse().getStatusCode());
        String body = response.getWebResponse().getContentAsString();
        assertTrue(body.contains("nothing was changed"), body);
        assertFalse(body.contains("Exception"), body);
    }

    private static List<String> ratingLabels() {
        List<Map<String, Object>> all = Api.as("alice")
                .get("/api/ratings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream().map(r -> (String) r.get("label")).toList();
    }
}

package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.factdesk.testing.Browser;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The browser login through Keycloak's real login page (authorization code flow). */
@QuarkusTest
class LoginFlowTest {

    @TestHTTPResource("/")
    URL home;

    @TestHTTPResource("/workspace")
    URL workspace;

    @Test
    void anonymousVisitorSeesThePublicHomePage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(home.toString());
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertEquals(home.toString(), page.getUrl().toString());
            assertTrue(page.asNormalizedText().contains("Fact checks"));
            assertTrue(page.getAnchorByText("Team login") != null);
        }
    }

    @Test
    void reviewerLogsInThroughKeycloakAndSeesTheWorkspace() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open(workspace.toString());
            assertTrue(Browser.isKeycloakLogin(login), "anonymous /workspace goes to Keycloak: " + login.getUrl());
            assertTrue(login.getUrl().toString().contains("/realms/factdesk/protocol/openid-connect/auth"));

            HtmlPage page = Browser.logIn(login, "alice", "alice");

            assertEquals(workspace.toString(), page.getUrl().toString());
            assertEquals(
                    "Signed in as Alice Reviewer (alice)",
                    page.getElementById("signed-in").asNormalizedText());
            assertEquals("reviewer", page.querySelector("[data-role]").asNormalizedText());
            assertEquals(1, page.querySelectorAll("[data-role]").size());

            HtmlPage articles = page.getAnchorByText("Articles").click();
            HtmlPage article = articles.getAnchors().stream()
                    .filter(a -> a.getHrefAttribute().matches("/workspace/articles/\\d+"))
                    .filter(a -> a.asNormalizedText().startsWith("In a telephone call on Thursday"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            String text = article.getElementById("article-text").getTextContent();
            assertTrue(text.contains("50-minute phone call"));
            assertTrue(text.contains("lowest since the end of the Cold War"));
        }
    }

    @Test
    void editorSeesBothOfHerRoles() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = Browser.logIn(browser.open(workspace.toString()), "erin", "erin");
            assertEquals(
                    "Signed in as Erin Editor (erin)",
                    page.getElementById("signed-in").asNormalizedText());
            assertEquals(2, page.querySelectorAll("[data-role]").size());
            assertTrue(page.querySelector("[data-role=editor]") != null);
            assertTrue(page.querySelector("[data-role=reviewer]") != null);
        }
    }

    @Test
    void wrongPasswordStaysOnKeycloakWithAnError() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = Browser.logIn(browser.open(workspace.toString()), "alice", "not-her-password");
            assertTrue(Browser.isKeycloakLogin(page), "still on the login form");
            assertTrue(page.asNormalizedText().contains("Invalid username or password"), page.asNormalizedText());
        }
    }

    @Test
    void logoutEndsTheSessionAndReturnsToThePublicHomePage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = Browser.logIn(browser.open(workspace.toString()), "bob", "bob");
            assertEquals(
                    "Signed in as Bob Reviewer (bob)",
                    page.getElementById("signed-in").asNormalizedText());

            HtmlPage afterLogout = page.getAnchorByText("Log out").click();

            assertEquals(home.getPath(), afterLogout.getUrl().getPath(), "back on the public home page");
            assertEquals(home.getPort(), afterLogout.getUrl().getPort());
            assertTrue(afterLogout.asNormalizedText().contains("Fact checks"));
            assertFalse(afterLogout.asNormalizedText().contains("Bob Reviewer"));
            HtmlPage again = browser.open(workspace.toString());
            assertTrue(
                    Browser.isKeycloakLogin(again), "Keycloak's session ended too, so it asks for the password again");
        }
    }
}

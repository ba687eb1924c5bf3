package org.factdesk.testing;

import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** An HtmlUnit browser (no JavaScript needed) that knows Keycloak's login form. */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient();

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
    }

    public HtmlPage open(String url) throws IOException {
        return client.getPage(url);
    }

    /** True when the page is Keycloak's login form. */
    public static boolean isKeycloakLogin(HtmlPage page) {
        return page.getElementById("kc-form-login") != null;
    }

    /** Fills Keycloak's login form and submits it; returns the page the redirects end on. */
    public static HtmlPage logIn(HtmlPage loginPage, String username, String password) throws IOException {
        HtmlForm form = (HtmlForm) loginPage.getElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(password);
        return loginPage.getElementById("kc-login").click();
    }

    /** The cookies this browser holds now. */
    public java.util.Set<org.htmlunit.http.Cookie> cookies() {
        return client.getCookieManager().getCookies();
    }

    @Override
    public void close() {
        client.close();
    }
}

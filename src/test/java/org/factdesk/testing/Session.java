package org.factdesk.testing;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.htmlunit.http.Cookie;

/**
 * A browser session of a demo user (a real Keycloak login through HtmlUnit), usable from
 * plain HTTP: its cookies and its CSRF token, to send forms the way the workspace does.
 */
public record Session(String user, URL base, String cookies, String csrf) {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static Session logIn(URL base, String user) throws Exception {
        try (Browser browser = new Browser()) {
            Browser.logIn(browser.open(base + "workspace"), user, user);
            browser.open(base + "workspace/articles");
            String cookies = browser.cookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            String csrf = browser.cookies().stream()
                    .filter(c -> c.getName().equals("csrf-token"))
                    .map(Cookie::getValue)
                    .findFirst()
                    .orElseThrow();
            return new Session(user, base, cookies, csrf);
        }
    }

    /** Gets a page of the workspace as this person. */
    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", cookies)
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form (its CSRF token added) as the workspace's pages do; extra headers e.g. HX-Request. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "csrf-token=" + csrf + "&", ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

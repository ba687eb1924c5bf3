package org.factdesk.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.web.Texts;
import org.jboss.logging.Logger;

/**
 * When Keycloak does not answer, someone who is not signed in and opens the workspace gets a
 * page saying that sign-in is unavailable, instead of being sent to an address that does not
 * answer. People already signed in, bearer tokens (checked against cached keys) and the
 * public site are not affected. Keycloak's state is asked at most every few seconds.
 */
@ApplicationScoped
class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);
    /** How long an answer about Keycloak is trusted, and how long asking may take. */
    static final long FRESH_MILLIS = 5_000;

    static final long PROBE_TIMEOUT_MILLIS = 2_000;

    /** A page of the public site's layout: it needs nobody to be signed in. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(String detail);
    }

    private final String discovery;
    private final HttpClient client;
    private volatile boolean up = true;
    private volatile long checkedAt;

    SignInAvailability(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.discovery = realm.replaceAll("/$", "") + "/.well-known/openid-configuration";
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) PROBE_TIMEOUT_MILLIS));
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHENTICATION + 60);
    }

    private void check(RoutingContext context) {
        String path = context.request().path();
        boolean signingIn = path != null
                && (path.equals("/workspace") || path.startsWith("/workspace/"))
                && context.request().cookies().stream()
                        .noneMatch(c -> c.getName().startsWith("q_session"));
        if (!signingIn) {
            context.next();
            return;
        }
        if (System.currentTimeMillis() - checkedAt < FRESH_MILLIS) {
            answer(context);
            return;
        }
        client.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setAbsoluteURI(discovery)
                        .setTimeout(PROBE_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .onComplete(result -> {
                    boolean answered = result.succeeded() && result.result().statusCode() == 200;
                    if (answered != up) {
                        LOG.infof("Keycloak is %s (%s)", answered ? "back" : "not answering", discovery);
                    }
                    up = answered;
                    checkedAt = System.currentTimeMillis();
                    answer(context);
                });
    }

    private void answer(RoutingContext context) {
        if (up) {
            context.next();
            return;
        }
        String html =
                Templates.unavailable(Texts.text("http.sign-in-unavailable")).render();
        context.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader("Retry-After", "30")
                .end(html);
    }
}

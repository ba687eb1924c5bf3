package org.factdesk.publication;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves cached public pages from the HTTP layer, on the I/O thread, before authentication
 * and the REST pipeline: a cache hit costs a map lookup and a write of bytes prepared once. A
 * miss goes on to {@link PublicPages}, which renders and caches the page. Skipping the login
 * check is safe because only public pages are ever in the cache, and they are the same for
 * every reader; the security headers are added before this filter runs.
 *
 * <p>Pages outside the workspace also leave without the CSRF cookie: no public page has a
 * form that changes anything, and a response with a cookie is one a CDN will not share.
 */
@ApplicationScoped
class PublicCacheRoute {

    private final PublicCache cache;
    private final String csrfCookie;

    PublicCacheRoute(
            PublicCache cache,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie) {
        this.cache = cache;
        this.csrfCookie = csrfCookie;
    }

    /** Just after CORS would run, before authentication. */
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 50;

    void install(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (request.method() != HttpMethod.GET || path == null) {
            context.next();
            return;
        }
        PublicCache.Page page = cache.cached(PublicCache.key(path, request.query()));
        if (page == null || page.isRedirect()) {
            if (!path.startsWith("/workspace")) {
                context.addHeadersEndHandler(ignored -> context.response().removeCookie(csrfCookie, false));
            }
            context.next();
            return;
        }
        String etag = '"' + page.etag() + '"';
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, PublicResponses.CACHE_CONTROL);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(page.body());
        }
    }

    /** RFC 9110 If-None-Match: a list of (possibly weak) tags, or *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")
                    || tag.equals(etag)
                    || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}

package org.factdesk.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form sent without its CSRF token, or with a token that is not this browser's, is refused
 * by Quarkus' CSRF filter with a bare 400. It is a refusal of authority, not a malformed
 * request, so readers and tests see a 403 with a sentence saying what happened and that
 * nothing changed.
 *
 * <p>The CSRF filter's answer is recognised by its shape: an unsafe method, no body (every
 * other 400 of Factdesk carries a problem), and no verified token on the request.
 */
public class CsrfRefusal {

    /** Set by Quarkus' CSRF filter once a request's token matched its cookie. */
    static final String TOKEN_VERIFIED = "csrf_token_verified";

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerResponseFilter
    public void asForbidden(
            ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() == 400
                && !response.hasEntity()
                && !SAFE.contains(request.getMethod())
                && routing.get(TOKEN_VERIFIED) == null) {
            Response refusal = ErrorMapper.respond(
                    request.getUriInfo().getPath(),
                    Problem.of(
                            403,
                            "csrf",
                            "Forbidden",
                            Texts.text("http.csrf"),
                            request.getUriInfo().getPath()));
            response.setStatus(403);
            response.setEntity(refusal.getEntity(), null, refusal.getMediaType());
        }
    }
}

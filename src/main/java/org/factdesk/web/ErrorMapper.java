package org.factdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become responses: problem+json under {@code /api/}, an HTML page
 * elsewhere. Never shows exception classes or stack traces; unexpected errors are logged
 * with an id the user can quote.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        // The framework's own messages name internals ("Unable to find matching target
        // resource method"); users get a plain sentence instead.
        String detail = switch (status) {
            case 404 -> "This page does not exist.";
            case 405 -> "This address does not accept that kind of request.";
            case 406, 415 -> "This address does not serve or accept that format.";
            default -> "The request could not be handled.";
        };
        return respond(uri, Problem.of(status, slug(title), title, detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response mapNotFound(NotFound e, UriInfo uri) {
        return respond(uri, Problem.of(404, "not-found", "Not Found", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception e, UriInfo uri) {
        return unexpected(e, uri);
    }

    private Response unexpected(Exception e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(uri, Problem.of(500, "internal-error", "Something went wrong on our side",
                "The error was logged with id " + errorId + ". Your input was not saved; please try again.",
                uri.getPath()));
    }

    private static Response respond(UriInfo uri, Problem problem) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String html = Templates.page(problem.status(), problem.title(), problem.detail()).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

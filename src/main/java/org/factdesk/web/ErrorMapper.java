package org.factdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
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
    public Response mapProblem(ProblemException e, UriInfo uri) {
        return respond(uri, e.toProblem(uri.getPath()));
    }

    /** A logged-in person without the role: a readable page (or problem), not an empty 403. */
    @ServerExceptionMapper
    public Response mapForbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(
                uri, ProblemException.forbidden(Texts.text("http.forbidden")).toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> errors = e.getConstraintViolations().stream()
                .collect(Collectors.toMap(
                        ErrorMapper::fieldName, ConstraintViolation::getMessage, (a, b) -> a + "; " + b, TreeMap::new));
        return respond(uri, ProblemException.invalid(errors).toProblem(uri.getPath()));
    }

    /** Quarkus has its own mapper for this one; ours gives the same problem format. */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String message = Texts.text(e instanceof StrictStrings.NulInText ? "input.nul" : "input.wrong-type");
            return respond(
                    uri, ProblemException.invalid(field(mismatch), message).toProblem(uri.getPath()));
        }
        return respond(
                uri,
                Problem.of(400, "malformed-request", "Bad Request", Texts.text("http.malformed-json"), uri.getPath()));
    }

    /** Two changes raced past the version check; the later one loses. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapOptimisticLock(Exception e, UriInfo uri) {
        return respond(
                uri,
                ProblemException.conflict("stale-version", Texts.text("claim.changed-meanwhile"), Map.of())
                        .toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        // The framework's own messages name internals ("Unable to find matching target
        // resource method"); users get a plain sentence instead.
        String detail = Texts.text(
                switch (status) {
                    case 400 -> "http.400";
                    case 404 -> "http.404";
                    case 405 -> "http.405";
                    case 406, 415 -> "http.406";
                    case 413 -> "http.413";
                    default -> "http.other";
                });
        return respond(uri, Problem.of(status, slug(title), title, detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception e, UriInfo uri) {
        return unexpected(e, uri);
    }

    private Response unexpected(Exception e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e.toString());
            Response response = respond(
                    uri,
                    Problem.of(
                            503,
                            "database-unavailable",
                            "Service Unavailable",
                            Texts.text("http.database-unavailable"),
                            uri.getPath()));
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(
                uri,
                Problem.of(
                        500,
                        "internal-error",
                        "Something went wrong on our side",
                        Texts.text("http.internal", errorId),
                        uri.getPath()));
    }

    /**
     * PostgreSQL is down, shutting down or out of reach (connection refused or lost, or no
     * pooled connection within the acquisition timeout): a temporary condition, answered 503
     * with Retry-After. The transaction was rolled back, so nothing was saved.
     */
    static boolean databaseUnreachable(Throwable e) {
        return databaseUnreachable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Follows the causes and the suppressed exceptions too: a commit cut off by the server's
     * shutdown arrives as a RollbackException whose PostgreSQL error is suppressed, not its cause.
     */
    private static boolean databaseUnreachable(Throwable e, java.util.Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof org.hibernate.exception.JDBCConnectionException || e instanceof java.net.ConnectException) {
            return true;
        }
        // 08: connection exceptions; 57P: the server shutting down or not yet accepting.
        if (e instanceof java.sql.SQLException sql
                && (sql.getSQLState() != null
                                && (sql.getSQLState().startsWith("08")
                                        || sql.getSQLState().startsWith("57P"))
                        || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (databaseUnreachable(suppressed, seen)) {
                return true;
            }
        }
        return databaseUnreachable(e.getCause(), seen);
    }

    private static Response respond(UriInfo uri, Problem problem) {
        return respond(uri.getPath(), problem);
    }

    /** The response for a problem on this path: problem+json under /api/, else an HTML page. */
    static Response respond(String path, Problem problem) {
        if (path.startsWith("/api/")) {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(problem)
                    .build();
        }
        String html = Templates.page(problem.status(), problem.title(), problem.detail())
                .render();
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }

    /** The JSON field as the client named it, e.g. {@code title} or {@code selectors[0].exact}. */
    private static String field(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** "create.request.conclusion" → "conclusion": the field as the client named it. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

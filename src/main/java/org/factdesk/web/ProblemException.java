package org.factdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure meant for the user: services throw it, {@link ErrorMapper} turns it into
 * problem+json (or an error page). The detail is shown as is, so it must be a plain sentence.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, String> errors;
    private final Map<String, Object> extra;

    private ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            Map<String, String> errors,
            Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.extra = extra;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not Found", detail, null, Map.of());
    }

    /** 422 for one field; the message also becomes the detail. */
    public static ProblemException invalid(String field, String message) {
        String detail = Character.isUpperCase(message.charAt(0)) ? message : field + " " + message;
        return new ProblemException(422, "validation", "Invalid input", detail, Map.of(field, message), Map.of());
    }

    /** 422 with each field's error. */
    public static ProblemException invalid(Map<String, String> errors) {
        return new ProblemException(
                422,
                "validation",
                "Invalid input",
                Texts.text("input.invalid-fields"),
                new LinkedHashMap<>(errors),
                Map.of());
    }

    /** 422 with further members, e.g. the candidates of an ambiguous quote. */
    public static ProblemException invalid(String field, String message, Map<String, Object> extra) {
        return new ProblemException(422, "validation", "Invalid input", message, Map.of(field, message), extra);
    }

    /** 409: the claim moved on (stale version) or is not in a state that allows this. */
    public static ProblemException conflict(String slug, String detail, Map<String, Object> extra) {
        return new ProblemException(409, slug, "Conflict", detail, null, extra);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, Map.of());
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "too-large", "Content Too Large", detail, null, Map.of());
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Service Unavailable", detail, null, Map.of());
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "version-required", "Precondition Required", detail, null, Map.of());
    }

    Problem toProblem(String instance) {
        return new Problem("/problems/" + slug, title, status, getMessage(), instance, errors, extra);
    }

    /** The document as the API sends it, without the request's address. */
    public Problem problem() {
        return toProblem(null);
    }

    public int status() {
        return status;
    }
}

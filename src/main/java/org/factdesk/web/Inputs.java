package org.factdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of request values that bean validation cannot express, with the same 422 errors. */
public final class Inputs {

    private Inputs() {}

    /** An enum given by its lower-case API name ({@code request_changes}); null gives the fallback. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw ProblemException.invalid(field, Texts.text("input.required-one-of", choices(type)));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid(field, Texts.text("input.one-of", choices(type)));
        }
    }

    /** An absolute http or https URL; anything else (javascript:, data:, relative) is refused. */
    public static String httpUrl(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, Texts.text("input.required"));
            }
            return null;
        }
        String problem = urlProblem(value);
        if (problem != null) {
            throw ProblemException.invalid(field, Texts.text(problem));
        }
        return value.strip();
    }

    /** Why a non-blank value is not an absolute http(s) URL (a text key), or null if it is one. */
    static String urlProblem(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? null : "input.http-url";
        } catch (URISyntaxException e) {
            return "input.url-invalid";
        }
    }

    /** A LIKE pattern matching the text anywhere, in lower case, with LIKE's own characters escaped. */
    public static String containsPattern(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /** A date like 2024-05-31; empty gives null. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, Texts.text("input.date"));
        }
    }

    /** A page size: the fallback when absent, else 1 to max (422 naming {@code limit} otherwise). */
    public static int limit(Integer value, int fallback, int max) {
        int limit = value == null ? fallback : value;
        if (limit < 1 || limit > max) {
            throw ProblemException.invalid("limit", Texts.text("input.limit", max));
        }
        return limit;
    }

    /** Trims, and turns an empty string into null. */
    public static String text(String value) {
        if (hasNul(value)) {
            throw ProblemException.invalid("text", Texts.text("input.nul"));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** PostgreSQL text cannot hold U+0000; such input is refused wherever it comes in. */
    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}

package org.factdesk.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error the JSON API returns.
 *
 * @param type   stable identifier of the kind of problem, e.g. {@code /problems/not-found}
 * @param errors field name → message, for input that failed validation
 * @param extra  further members, e.g. {@code state} and {@code version} of a claim on 409
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        Map<String, String> errors,
        @JsonIgnore Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem("/problems/" + slug, title, status, detail, instance, null, Map.of());
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extra == null ? Map.of() : extra;
    }
}

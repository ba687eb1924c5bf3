package org.factdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request announcing a body larger than Factdesk accepts is answered at once, before any
 * of it is read, with a 413 the client can understand (problem+json under /api/, a sentence
 * elsewhere) instead of the HTTP layer's empty one. The HTTP layer's own limit still stops
 * bodies sent without a length.
 */
@ApplicationScoped
class BodyLimit {

    /** Before the HTTP layer's own upload limit (route order -2) and before authentication. */
    static final int PRIORITY = 400;

    private final long max;
    private final String readable;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.max = max.asLongValue();
        this.readable = max.asLongValue() >= 1024 * 1024
                ? max.asLongValue() / (1024 * 1024) + " MB"
                : max.asLongValue() + " bytes";
        this.json = json;
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !tooLarge(length)) {
            context.next();
            return;
        }
        String path = context.request().path() == null ? "/" : context.request().path();
        Problem problem =
                Problem.of(413, "too-large", "Content Too Large", Texts.text("http.413-limit", readable), path);
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close");
        if (path.startsWith("/api/")) {
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(serialize(problem));
        } else {
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end(problem.detail());
        }
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException notANumber) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

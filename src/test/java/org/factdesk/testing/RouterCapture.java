package org.factdesk.testing;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Objects;

/** Keeps the application's Vert.x router, so tests can list the routes it really serves. */
@ApplicationScoped
public class RouterCapture {

    private static volatile Router router;

    void capture(@Observes Router started) {
        router = started;
    }

    /** The routes registered with a fixed path (JAX-RS resources sit behind one default route). */
    public static List<String> paths() {
        return Objects.requireNonNull(router, "the router was not captured").getRoutes().stream()
                .map(Route::getPath)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}

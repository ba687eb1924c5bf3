package org.factdesk.publication;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.factdesk.FactdeskConfig;
import org.factdesk.collaboration.LiveUpdates;

/**
 * Rendered public pages, kept in memory until something readers see changes. A publication,
 * correction or retraction on any instance empties the cache of every instance (the change
 * travels by PostgreSQL NOTIFY, like the workspace's live updates).
 */
@ApplicationScoped
public class PublicCache {

    /** Beyond this many pages the cache starts over rather than grow without bound. */
    static final int MAX_ENTRIES = 5_000;

    /** A rendered page as it goes out: its bytes and their ETag, computed once. */
    public record Page(String text, byte[] bytes, String etag) {
        static Page of(String text) {
            return new Page(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), PublicResponses.hash(text));
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final LiveUpdates live;

    PublicCache(FactdeskConfig config, LiveUpdates live) {
        this.enabled = config.publicSite().cacheEnabled();
        this.live = live;
    }

    void listen(@Observes StartupEvent event) {
        live.changes().filter(change -> change.isPublicSite()).subscribe().with(change -> pages.clear());
    }

    /** The rendered page for this address, rendering it only when it is not cached. */
    public Page page(String key, Supplier<String> render) {
        if (!enabled) {
            return Page.of(render.get());
        }
        Page cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        Page rendered = Page.of(render.get());
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, rendered);
        return rendered;
    }
}

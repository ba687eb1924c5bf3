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

    private final Map<String, String> pages = new ConcurrentHashMap<>();
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
    public String page(String key, Supplier<String> render) {
        if (!enabled) {
            return render.get();
        }
        String cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        String rendered = render.get();
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        pages.put(key, rendered);
        return rendered;
    }
}

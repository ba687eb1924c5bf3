package org.factdesk.publication;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.factdesk.FactdeskConfig;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.collaboration.LiveUpdates;

/**
 * Rendered public pages, kept in memory until something readers see changes. A publication,
 * correction or retraction on any instance empties the cache of every instance (the change
 * travels by PostgreSQL NOTIFY, like the workspace's live updates).
 *
 * <p>Pages are rendered by {@link PublicPages}; once cached, {@link PublicCacheRoute} serves
 * them straight from the HTTP layer.
 */
@ApplicationScoped
public class PublicCache {

    /** Beyond this many pages the cache starts over rather than grow without bound. */
    static final int MAX_ENTRIES = 5_000;

    /**
     * A rendered page as it goes out: its bytes and their ETag, computed once; or, for an
     * address that is not canonical, where it redirects to.
     */
    public record Page(Buffer body, String etag, String redirect) {
        static Page of(String text) {
            if (text.startsWith(PublicPages.REDIRECT)) {
                return new Page(null, null, text.substring(PublicPages.REDIRECT.length()));
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Page(Buffer.buffer(bytes), PublicResponses.hash(bytes), null);
        }

        boolean isRedirect() {
            return redirect != null;
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final LiveUpdates live;

    PublicCache(FactdeskConfig config, LiveUpdates live) {
        this.enabled = config.publicSite().cacheEnabled();
        this.live = live;
    }

    /** Other instances' publications, heard over PostgreSQL (and this instance's own, again). */
    void listen(@Observes StartupEvent event) {
        live.changes().filter(change -> change.isPublicSite()).subscribe().with(change -> pages.clear());
    }

    /**
     * This instance's own publications, as soon as they are committed: the notice comes back
     * asynchronously, and a reader asking right after the publisher's answer must not get the
     * page from before.
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimChanged change) {
        if (change.isPublicSite()) {
            pages.clear();
        }
    }

    /** The key of a page: its address as the reader sent it (path and query, not decoded). */
    static String key(String rawPath, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The rendered page for this key, rendering it only when it is not cached. */
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

    /** The cached page for this key, or null: never renders. */
    Page cached(String key) {
        return enabled ? pages.get(key) : null;
    }
}

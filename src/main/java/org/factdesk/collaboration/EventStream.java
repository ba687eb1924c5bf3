package org.factdesk.collaboration;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.factdesk.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Server-sent events for the workspace pages. A claim change is sent as {@code claims} (for
 * lists and the article text) and {@code claim-<id>} (for that claim's panel); a change of
 * who reads the article as {@code presence}; a dismissed or restored suggestion as
 * {@code suggestions}. htmx refreshes the matching fragments. A
 * comment line every 5 s keeps proxies from closing the stream, notices closed browsers and refreshes presence.
 */
@Path("/workspace/events")
@Authenticated
public class EventStream {

    private static final Logger LOG = Logger.getLogger(EventStream.class);
    /** A closed browser is noticed at the next write, so presence is at most this stale. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final LiveUpdates live;
    private final Presence presence;
    private final CurrentUser user;

    EventStream(LiveUpdates live, Presence presence, CurrentUser user) {
        this.live = live;
        this.presence = presence;
        this.user = user;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(
            @QueryParam("article") Long article, @QueryParam("tab") String tab, @Context Sse sse) {
        UUID connection = tabId(tab);
        String username = user.getUsername();
        String displayName = user.getDisplayName();
        Multi<OutboundSseEvent> changes = live.changes()
                .onOverflow()
                .drop()
                .filter(change -> !change.isPublicSite())
                .filter(change -> article == null || change.articleId() == article)
                .onItem()
                .transformToIterable(change -> change.isPresence()
                        ? List.of(sse.newEventBuilder()
                                .name("presence")
                                .data(String.valueOf(change.articleId()))
                                .build())
                        : change.isSuggestions()
                                ? List.of(sse.newEventBuilder()
                                        .name("suggestions")
                                        .data(String.valueOf(change.articleId()))
                                        .build())
                                : List.of(
                                        sse.newEventBuilder()
                                                .name("claims")
                                                .data(String.valueOf(change.claimId()))
                                                .build(),
                                        sse.newEventBuilder()
                                                .name("claim-" + change.claimId())
                                                .data(String.valueOf(change.claimId()))
                                                .build()));
        Multi<OutboundSseEvent> heartbeat = Multi.createFrom()
                .ticks()
                .every(HEARTBEAT)
                .invoke(tick -> {
                    if (article != null) {
                        offload(() -> presence.touch(connection));
                    }
                })
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> stream = Multi.createBy().merging().streams(changes, heartbeat);
        if (article == null) {
            return stream;
        }
        return stream.onSubscription()
                .invoke(() -> offload(() -> presence.join(connection, article, username, displayName)))
                .onTermination()
                .invoke(() -> offload(() -> presence.leave(connection, article)));
    }

    /**
     * The page names its connection, so that it can say goodbye when it is closed (a
     * closed stream is otherwise only noticed late).
     */
    @POST
    @Path("{tab}/leave")
    public void leave(@PathParam("tab") String tab) {
        presence.leave(tabId(tab), user.getUsername());
    }

    private static UUID tabId(String tab) {
        try {
            return tab == null ? UUID.randomUUID() : UUID.fromString(tab);
        } catch (IllegalArgumentException notOurs) {
            return UUID.randomUUID();
        }
    }

    /** Database work stays off the event loop. */
    private static void offload(Runnable work) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warnf("Presence update failed: %s", e.getMessage());
            }
        });
    }
}

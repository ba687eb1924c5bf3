package org.factdesk.collaboration;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;

/**
 * Server-sent events for the workspace pages. Each change is sent as {@code claims} (for
 * lists and the article text) and {@code claim-<id>} (for that claim's panel); htmx
 * refreshes the matching fragments. A comment line every 20 s keeps proxies from closing it.
 */
@Path("/workspace/events")
@Authenticated
public class EventStream {

    private final LiveUpdates live;

    EventStream(LiveUpdates live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@QueryParam("article") Long article, @Context Sse sse) {
        Multi<OutboundSseEvent> changes = live.changes()
                .onOverflow().drop()
                .filter(change -> article == null || change.articleId() == article)
                .onItem().transformToIterable(change -> List.of(
                        sse.newEventBuilder().name("claims").data(String.valueOf(change.claimId())).build(),
                        sse.newEventBuilder().name("claim-" + change.claimId()).data(String.valueOf(change.claimId())).build()));
        Multi<OutboundSseEvent> heartbeat = Multi.createFrom().ticks().every(Duration.ofSeconds(20))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, heartbeat);
    }
}

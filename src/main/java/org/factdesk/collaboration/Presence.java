package org.factdesk.collaboration;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Who is reading which article, across every app instance: each live connection of an
 * article page is a row, refreshed by the connection's 5-second heartbeat; joins and leaves are
 * announced like claim changes.
 */
@ApplicationScoped
public class Presence {

    /** A person with the article open. */
    public record Reader(String username, String displayName) {}

    private final Event<PresenceChanged> changed;

    Presence(Event<PresenceChanged> changed) {
        this.changed = changed;
    }

    /** Fired inside the transaction; announced to all instances after it commits. */
    public record PresenceChanged(long articleId) {}

    @Transactional
    public void join(UUID connection, long articleId, String username, String displayName) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from presence where seen_at < now() - interval '10 minutes'")
                .executeUpdate();
        em.createNativeQuery("insert into presence (connection_id, article_id, username, display_name)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, connection)
                .setParameter(2, articleId)
                .setParameter(3, username)
                .setParameter(4, displayName)
                .executeUpdate();
        changed.fire(new PresenceChanged(articleId));
    }

    @Transactional
    public void touch(UUID connection) {
        Panache.getEntityManager()
                .createNativeQuery("update presence set seen_at = now() where connection_id = ?1")
                .setParameter(1, connection)
                .executeUpdate();
    }

    @Transactional
    public void leave(UUID connection, long articleId) {
        Panache.getEntityManager()
                .createNativeQuery("delete from presence where connection_id = ?1")
                .setParameter(1, connection)
                .executeUpdate();
        changed.fire(new PresenceChanged(articleId));
    }

    /** A page that is being closed says goodbye for its connection (only its own user's). */
    @Transactional
    @SuppressWarnings("unchecked")
    public void leave(UUID connection, String username) {
        List<Object> articles = Panache.getEntityManager()
                .createNativeQuery(
                        "delete from presence where connection_id = ?1 and username = ?2 returning article_id")
                .setParameter(1, connection)
                .setParameter(2, username)
                .getResultList();
        articles.forEach(article -> changed.fire(new PresenceChanged(((Number) article).longValue())));
    }

    /** The people reading the article now, except the one asking. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Reader> readers(long articleId, String except) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery(
                        "select distinct username, display_name from presence where article_id = ?1 and username <> ?2"
                                + " and seen_at > now() - interval '20 seconds' order by display_name")
                .setParameter(1, articleId)
                .setParameter(2, except)
                .getResultList();
        return rows.stream().map(r -> new Reader((String) r[0], (String) r[1])).toList();
    }
}

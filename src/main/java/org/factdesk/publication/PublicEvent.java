package org.factdesk.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A publication, correction or retraction as the public sees it (notices, feed). */
@Entity
@Immutable
@Table(name = "public_event")
public class PublicEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    public String kind;
    public Instant at;
    /** For a correction, what changed; for a retraction, the published notice. */
    public String summary;

    static PublicEvent of(long claimId, String kind, String summary) {
        PublicEvent event = new PublicEvent();
        event.claimId = claimId;
        event.kind = kind;
        event.at = Instant.now();
        event.summary = summary;
        return event;
    }

    public static List<PublicEvent> forClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}

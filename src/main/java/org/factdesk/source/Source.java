package org.factdesk.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evidence for or against a claim. Removal only marks it removed, so the trail stays complete. */
@Entity
public class Source extends PanacheEntityBase {

    public enum Stance {
        SUPPORTS,
        REFUTES,
        CONTEXT
    }

    public enum Kind {
        PRIMARY,
        SECONDARY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    public String url;
    public String title;
    public String publisher;

    @Column(name = "accessed_on")
    public LocalDate accessedOn;

    @Column(name = "archived_url")
    public String archivedUrl;

    @Column(name = "quoted_passage")
    public String quotedPassage;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    public static List<Source> listForClaim(long claimId) {
        return list("claimId = ?1 and removedAt is null order by id", claimId);
    }

    public static long countForClaim(long claimId) {
        return count("claimId = ?1 and removedAt is null", claimId);
    }

    public static Optional<Source> findCurrent(long claimId, long sourceId) {
        return find("id = ?1 and claimId = ?2 and removedAt is null", sourceId, claimId)
                .firstResultOptional();
    }

    /** The source as it is now, for the claim's history. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("sourceId", id);
        snapshot.put("url", url);
        snapshot.put("title", title);
        snapshot.put("stance", stance.name().toLowerCase());
        return snapshot;
    }
}

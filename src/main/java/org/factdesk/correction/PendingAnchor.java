package org.factdesk.correction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A claim a correction could not move by itself: its proposed place (FUZZY) or none (ORPHANED). */
@Entity
@Table(name = "claim_reanchor")
public class PendingAnchor extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "article_version_no")
    public int articleVersion;

    @Enumerated(EnumType.STRING)
    public Reanchor.Status status;

    public double score;

    @Column(name = "start_pos")
    public Integer start;

    @Column(name = "end_pos")
    public Integer end;

    public String exact;

    @Column(name = "created_at")
    public Instant createdAt;
}

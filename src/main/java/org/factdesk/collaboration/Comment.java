package org.factdesk.collaboration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** An internal remark on a claim; a reply names its parent. Never public. */
@Entity
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    @Column(name = "parent_id")
    public Long parentId;

    public String author;
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The people @mentioned, by user name. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username")
    public Set<String> mentions = new TreeSet<>();

    public static List<Comment> listForClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    public static Optional<Comment> findOnClaim(long claimId, long commentId) {
        return find("id = ?1 and claimId = ?2", commentId, claimId).firstResultOptional();
    }
}

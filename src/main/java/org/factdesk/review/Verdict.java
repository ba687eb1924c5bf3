package org.factdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** A proposed verdict. Never changed: a new proposal adds a row, so every verdict is kept. */
@Entity
@Immutable
public class Verdict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rating_id")
    public Rating rating;

    public String conclusion;
    public String rationale;
    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Verdict of(long claimId, Rating rating, String conclusion, String rationale, String author) {
        Verdict verdict = new Verdict();
        verdict.claimId = claimId;
        verdict.rating = rating;
        verdict.conclusion = conclusion;
        verdict.rationale = rationale;
        verdict.author = author;
        verdict.createdAt = Instant.now();
        return verdict;
    }

    /** The verdict as it reads now, for the history (a rating's label may change later). */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("verdictId", id);
        snapshot.put("rating", rating.label);
        snapshot.put("ratingValue", rating.value);
        snapshot.put("conclusion", conclusion);
        snapshot.put("rationale", rationale);
        snapshot.put("author", author);
        return snapshot;
    }

    public static List<Verdict> listForClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}

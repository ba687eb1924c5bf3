package org.factdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a claim's history. Append-only (the database refuses updates and deletes).
 * Workflow transitions carry the table's action name; other entries a {@link Kind} name.
 */
@Entity
@Immutable
@Table(name = "review_event")
public class ReviewEvent extends PanacheEntityBase {

    /** History entries that are not workflow transitions: from = to. */
    public enum Kind {
        CREATED,
        SOURCE_ADDED,
        SOURCE_UPDATED,
        SOURCE_REMOVED,
        VERDICT_PROPOSED,
        REPEAT_LINKED,
        REPEAT_UNLINKED,
        REANCHORED,
        REANCHOR_NEEDED,
        DETAILS_UPDATED;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    public String actor;
    public Instant at;
    /** a workflow action's API name, or a Kind's */
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ReviewState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ReviewState to;

    public String reason;
    public String assignee;

    @Column(name = "verdict_id")
    public Long verdictId;
    /** What the entry is about, as it was then: the verdict, a source, the span. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> snapshot;

    @Column(name = "based_on_version")
    public long basedOnVersion;

    /** A workflow move of a claim, now in state {@code to} at {@code version} (the version the move was based on). */
    public static ReviewEvent transition(
            long claimId,
            ReviewState from,
            ReviewState to,
            long version,
            Verdict verdict,
            String actor,
            Action action,
            String reason,
            String assignee) {
        ReviewEvent event = base(claimId, from, to, version, actor, action.apiName());
        event.reason = reason;
        event.assignee = assignee;
        if (verdict != null) {
            event.verdictId = verdict.id;
            event.snapshot = verdict.snapshot();
        }
        return event;
    }

    /** A step that is not a move (from = to): a source, a verdict, the details, the quote. */
    public static ReviewEvent note(
            long claimId,
            ReviewState state,
            long version,
            Verdict verdict,
            String actor,
            Kind kind,
            Map<String, Object> snapshot) {
        ReviewEvent event = base(claimId, state, state, version, actor, kind.apiName());
        event.snapshot = snapshot;
        if (kind == Kind.VERDICT_PROPOSED && verdict != null) {
            event.verdictId = verdict.id;
        }
        return event;
    }

    private static ReviewEvent base(
            long claimId, ReviewState from, ReviewState to, long version, String actor, String action) {
        ReviewEvent event = new ReviewEvent();
        event.claimId = claimId;
        event.actor = actor;
        event.at = Instant.now();
        event.action = action;
        event.from = from;
        event.to = to;
        event.basedOnVersion = version;
        return event;
    }

    /**
     * Whether a correction left the claim's quote waiting for a person (the last word on its anchoring was
     * "needed").
     */
    public static boolean quoteWaiting(List<ReviewEvent> history) {
        boolean waiting = false;
        for (ReviewEvent e : history) {
            if (Kind.REANCHOR_NEEDED.apiName().equals(e.action)) {
                waiting = true;
            } else if (Kind.REANCHORED.apiName().equals(e.action)) {
                waiting = false;
            }
        }
        return waiting;
    }

    public static List<ReviewEvent> listForClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}

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
import org.factdesk.claim.Claim;
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
        CREATED, SOURCE_ADDED, SOURCE_UPDATED, SOURCE_REMOVED, VERDICT_PROPOSED, REPEAT_LINKED, REPEAT_UNLINKED,
        REANCHORED, REANCHOR_NEEDED, DETAILS_UPDATED;

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

    public static ReviewEvent transition(Claim claim, String actor, Action action, ReviewState from, String reason, String assignee) {
        ReviewEvent event = base(claim, actor, action.apiName(), from);
        event.reason = reason;
        event.assignee = assignee;
        if (claim.currentVerdict != null) {
            event.verdictId = claim.currentVerdict.id;
            event.snapshot = claim.currentVerdict.snapshot();
        }
        return event;
    }

    public static ReviewEvent note(Claim claim, String actor, Kind kind, Map<String, Object> snapshot) {
        ReviewEvent event = base(claim, actor, kind.apiName(), claim.state());
        event.snapshot = snapshot;
        if (kind == Kind.VERDICT_PROPOSED && claim.currentVerdict != null) {
            event.verdictId = claim.currentVerdict.id;
        }
        return event;
    }

    private static ReviewEvent base(Claim claim, String actor, String action, ReviewState from) {
        ReviewEvent event = new ReviewEvent();
        event.claimId = claim.id;
        event.actor = actor;
        event.at = Instant.now();
        event.action = action;
        event.from = from;
        event.to = claim.state();
        event.basedOnVersion = claim.version;
        return event;
    }

    /** Whether a correction left the claim's quote waiting for a person (the last word on its anchoring was "needed"). */
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

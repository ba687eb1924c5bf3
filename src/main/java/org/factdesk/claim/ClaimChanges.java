package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Map;
import org.factdesk.review.Action;
import org.factdesk.review.Decision;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewLog;
import org.factdesk.review.Verdict;
import org.factdesk.security.Actor;
import org.factdesk.web.ProblemException;

/**
 * The one path for every change to a claim: its state, assignees, details, quote, sources,
 * verdict, repeat link and anchoring. A change starts with {@link #lock}, which locks the row
 * and checks the version the caller saw (428 without one, 409 when stale); each change then
 * writes its fields through the claim's own mutators, records its event in the append-only
 * history, and moves the version on; open pages hear of it once the transaction commits.
 * Only this class writes a claim's fields or calls its mutators (ClaimChangesArchitectureTest).
 * Call it inside a transaction (the services' {@code @Transactional} methods).
 */
@ApplicationScoped
public class ClaimChanges {

    /** A claim locked in this transaction for a change. Only {@link ClaimChanges} makes one. */
    public static final class Locked {
        private final Claim claim;

        private Locked(Claim claim) {
            this.claim = claim;
        }

        /** The claim, to read (its fields change only through ClaimChanges). */
        public Claim claim() {
            return claim;
        }
    }

    private final Event<ClaimChanged> changed;

    private final ReviewLog log;

    ClaimChanges(Event<ClaimChanged> changed, ReviewLog log) {
        this.changed = changed;
        this.log = log;
    }

    /**
     * Locks the claim for a change based on the version the caller saw.
     *
     * @throws ProblemException 404 for an unknown claim, 428 without a version, 409 (with the
     *                          current state and version) for a stale one
     */
    public Locked lock(long id, Long basedOn, Conflict conflict) {
        return lock(id, basedOn, conflict, null);
    }

    /**
     * What a change based on an older version collides with. A colleague's change since then
     * refuses it only if it touched the same thing: two people may add sources and write the
     * verdict at once; the same source edited twice, a verdict over a newer verdict, a move
     * from a state that no longer holds are refused.
     */
    public enum Conflict {
        /** A workflow move: a change of state (or, for assignments, of who is assigned) since. */
        MOVE {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return e.from != e.to;
            }
        },
        ASSIGNMENT {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return e.from != e.to
                        || Action.fromApiName(e.action)
                                .filter(Action::isAssignment)
                                .isPresent();
            }
        },
        VERDICT {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return ReviewEvent.Kind.VERDICT_PROPOSED.apiName().equals(e.action);
            }
        },
        DETAILS {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return ReviewEvent.Kind.DETAILS_UPDATED.apiName().equals(e.action);
            }
        },
        /** A new source collides with nothing. */
        NEW_SOURCE {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return false;
            }
        },
        /** One source ({@code about}): edited or removed since. */
        SOURCE {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return (ReviewEvent.Kind.SOURCE_UPDATED.apiName().equals(e.action)
                                || ReviewEvent.Kind.SOURCE_REMOVED.apiName().equals(e.action))
                        && e.snapshot != null
                        && about != null
                        && about.equals(((Number) e.snapshot.getOrDefault("sourceId", -1)).longValue());
            }
        },
        REPEAT {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return ReviewEvent.Kind.REPEAT_LINKED.apiName().equals(e.action)
                        || ReviewEvent.Kind.REPEAT_UNLINKED.apiName().equals(e.action);
            }
        },
        QUOTE {
            @Override
            boolean with(ReviewEvent e, Long about) {
                return ReviewEvent.Kind.REANCHORED.apiName().equals(e.action)
                        || ReviewEvent.Kind.REANCHOR_NEEDED.apiName().equals(e.action);
            }
        };

        abstract boolean with(ReviewEvent since, Long about);
    }

    /** A change about one thing of the claim, e.g. {@link Conflict#SOURCE} and the source's id. */
    public Locked lock(long id, Long basedOn, Conflict conflict, Long about) {
        Claim claim = Claim.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(text("claim.not-found", id)));
        if (basedOn == null) {
            throw ProblemException.preconditionRequired(text("claim.version-required", claim.version));
        }
        if (basedOn != claim.version) {
            ReviewEvent since = conflictSince(claim, basedOn, conflict, about);
            if (since != null) {
                throw ProblemException.conflict(
                        "stale-version",
                        since.action == null
                                ? text("claim.stale", basedOn, claim.version, claim.state())
                                : text(
                                        "claim.conflict",
                                        since.actor,
                                        since.action.replace('_', ' '),
                                        basedOn,
                                        claim.version,
                                        claim.state()),
                        Map.of("currentVersion", claim.version, "currentState", claim.state()));
            }
        }
        return new Locked(claim);
    }

    /**
     * The first change since {@code basedOn} that collides, or null. A version the claim never
     * had (before it was created, or not yet reached) collides with everything.
     */
    private ReviewEvent conflictSince(Claim claim, long basedOn, Conflict conflict, Long about) {
        if (basedOn < 0 || basedOn > claim.version) {
            return new ReviewEvent();
        }
        List<ReviewEvent> since = log.since(claim.id, basedOn);
        if (since.isEmpty()) {
            return new ReviewEvent(); // the version moved without a recorded change: cannot tell, so refuse
        }
        for (ReviewEvent e : since) {
            if (ReviewEvent.Kind.CREATED.apiName().equals(e.action) || conflict.with(e, about)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Locks a claim that a change of something else carries along: a corrected article text
     * moves every claim of the article, a repeat linked elsewhere takes its own repeats with it.
     * Nobody saw this claim's version; the version checked was that of what changed.
     */
    public Locked lockCarriedAlong(long id) {
        return new Locked(
                Claim.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(text("claim.not-found", id))));
    }

    /** A new claim on a span, with its first history entry. */
    public Claim create(long articleId, int versionNo, TextAnchor.Span span, Claim.Details details, Actor actor) {
        Claim claim = Claim.on(articleId, versionNo, span, details, actor.username());
        claim.persist();
        ReviewEvent.note(
                        claim.id,
                        claim.state(),
                        claim.version,
                        null,
                        actor.username(),
                        ReviewEvent.Kind.CREATED,
                        Map.of("start", claim.start, "end", claim.end, "exact", claim.exact))
                .persist();
        announce(claim);
        return claim;
    }

    /** A workflow move the table allowed. */
    public void move(Locked locked, Decision decision, String reason, String assignee, Actor actor) {
        Claim claim = locked.claim;
        claim.apply(decision, actor.username(), reason, assignee).persist();
        announce(claim);
    }

    /** A new current verdict (the earlier ones stay in the verdict table). */
    public void proposeVerdict(Locked locked, Verdict verdict, Actor actor) {
        Claim claim = locked.claim;
        claim.proposeVerdict(verdict);
        record(claim, actor, ReviewEvent.Kind.VERDICT_PROPOSED, verdict.snapshot());
    }

    /** Replaces the claim's details; the event keeps what they were. */
    public void replaceDetails(Locked locked, Claim.Details details, Map<String, Object> before, Actor actor) {
        Claim claim = locked.claim;
        claim.replace(details);
        record(claim, actor, ReviewEvent.Kind.DETAILS_UPDATED, Map.of("before", before));
    }

    /** Moves the claim's quote onto a span of a version of its article's text. */
    public void moveQuote(Locked locked, int versionNo, TextAnchor.Span span, Map<String, Object> how, Actor actor) {
        Claim claim = locked.claim;
        claim.moveTo(versionNo, span);
        record(claim, actor, ReviewEvent.Kind.REANCHORED, how);
    }

    /** Links the claim to the original it repeats, or (null) removes the link. */
    public void linkRepeat(Locked locked, Long original, Map<String, Object> snapshot, Actor actor) {
        Claim claim = locked.claim;
        claim.repeatOf(original);
        record(
                claim,
                actor,
                original == null ? ReviewEvent.Kind.REPEAT_UNLINKED : ReviewEvent.Kind.REPEAT_LINKED,
                snapshot);
    }

    /**
     * A change recorded on the claim whose data lives in another table (a source added, edited
     * or removed; a quote waiting after a correction): the history gets it and the version moves on.
     */
    public void record(Locked locked, ReviewEvent.Kind kind, Map<String, Object> snapshot, Actor actor) {
        record(locked.claim, actor, kind, snapshot);
    }

    private void record(Claim claim, Actor actor, ReviewEvent.Kind kind, Map<String, Object> snapshot) {
        claim.touch();
        ReviewEvent.note(claim.id, claim.state(), claim.version, claim.currentVerdict, actor.username(), kind, snapshot)
                .persist();
        announce(claim);
    }

    /** Tells every open page of the claim's article, once the transaction commits. */
    private void announce(Claim claim) {
        changed.fire(new ClaimChanged(claim.articleId, claim.id));
    }
}

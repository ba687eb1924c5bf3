package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.people.PeopleDirectory;
import org.factdesk.review.Action;
import org.factdesk.review.Attempt;
import org.factdesk.review.Decision;
import org.factdesk.review.Rating;
import org.factdesk.review.RatingService;
import org.factdesk.review.ReviewLog;
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewRequests.VerdictRequest;
import org.factdesk.review.ReviewViews.History;
import org.factdesk.review.ReviewViews.HistoryEntry;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.review.Verdict;
import org.factdesk.review.Workflow;
import org.factdesk.security.Actor;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/**
 * The workflow engine at work: every move is decided by {@link Workflow} and applied with
 * its event in one transaction, on a claim locked at the version the change was based on.
 */
@ApplicationScoped
public class ReviewService {

    private final ClaimService claims;
    private final ClaimChanges changes;
    private final PeopleDirectory people;
    private final Event<ClaimMoved> moved;

    private final RatingService ratings;
    private final ReviewLog log;

    ReviewService(
            ClaimService claims,
            ClaimChanges changes,
            PeopleDirectory people,
            Event<ClaimMoved> moved,
            RatingService ratings,
            ReviewLog log) {
        this.ratings = ratings;
        this.log = log;
        this.moved = moved;
        this.claims = claims;
        this.changes = changes;
        this.people = people;
    }

    @Transactional
    public ClaimView transition(long claimId, TransitionRequest request, Actor actor) {
        Action action = Inputs.enumValue("action", request.action(), Action.class, null);
        String assignee = action == Action.SELF_ASSIGN ? actor.username() : Inputs.text(request.assignee());
        if (action == Action.ASSIGN && assignee != null && people.find(assignee).isEmpty()) {
            throw ProblemException.invalid("assignee", text("assignee.unknown", assignee));
        }
        String reason = Inputs.text(request.reason());
        ClaimChanges.Locked locked = changes.lock(
                claimId,
                request.version(),
                action != null && action.isAssignment()
                        ? ClaimChanges.Conflict.ASSIGNMENT
                        : ClaimChanges.Conflict.MOVE);
        move(locked, action, Attempt.of(reason, assignee), actor);
        return claims.viewAfterChange(locked.claim(), actor);
    }

    /**
     * The quote of a claim under approval, approved or published was moved to other words: the
     * decision was about the old words, so the claim goes back to research (or to correction,
     * when it was published; readers keep the published snapshot until it is approved again).
     * In other states nothing moves. Called in the transaction that moved the quote.
     */
    public void quoteMoved(ClaimChanges.Locked locked, String why, Actor actor) {
        if (Workflow.find(locked.claim().state(), Action.QUOTE_CHANGED).isPresent()) {
            move(locked, Action.QUOTE_CHANGED, Attempt.quoteMovedBecause(why), actor);
        }
    }

    private void move(ClaimChanges.Locked locked, Action action, Attempt attempt, Actor actor) {
        Claim claim = locked.claim();
        Decision decision = Workflow.decide(claims.facts(claim), actor, action, attempt, claims.minSources());
        refuseUnlessAllowed(decision, claim);
        changes.move(locked, decision, attempt.reason(), attempt.assignee(), actor);
        moved.fire(new ClaimMoved(claim, action, attempt.reason(), actor.username()));
    }

    private static void refuseUnlessAllowed(Decision decision, Claim claim) {
        Map<String, Object> current = Map.of("currentState", claim.state(), "currentVersion", claim.version);
        switch (decision.kind()) {
            case ALLOWED -> {}
            case ILLEGAL -> throw ProblemException.conflict("illegal-transition", decision.message(), current);
            case NOT_READY -> throw ProblemException.conflict("not-ready", decision.message(), current);
            case ROLE, FORBIDDEN -> throw ProblemException.forbidden(decision.message());
            case INVALID_INPUT -> throw ProblemException.invalid(decision.field(), decision.message());
        }
    }

    /** Proposes a new verdict; the earlier ones stay in the history. */
    @Transactional
    public ClaimView proposeVerdict(long claimId, VerdictRequest request, Actor actor) {
        ClaimChanges.Locked locked = changes.lock(claimId, request.version(), ClaimChanges.Conflict.VERDICT);
        Claim claim = locked.claim();
        requireEditable(claim, "claim.what.verdict");
        Rating rating = ratings.find(request.ratingId())
                .orElseThrow(() -> ProblemException.invalid("ratingId", text("rating.not-found", request.ratingId())));
        if (rating.retired) {
            throw ProblemException.invalid("ratingId", text("rating.retired", rating.label));
        }
        Verdict verdict = Verdict.of(
                claim.id, rating, request.conclusion().strip(), Inputs.text(request.rationale()), actor.username());
        verdict.persist();
        changes.proposeVerdict(locked, verdict, actor);
        return claims.viewAfterChange(claim, actor);
    }

    /** The verdict before the current one, for several claims in one query (claim id → verdict). */
    @Transactional
    public Map<Long, VerdictView> previousVerdicts(Collection<Long> claimIds) {
        Map<Long, VerdictView> previous = new HashMap<>();
        if (claimIds.isEmpty()) {
            return previous;
        }
        log.verdicts(claimIds).forEach((claim, verdicts) -> {
            if (verdicts.size() > 1) {
                previous.put(claim, VerdictView.of(verdicts.get(verdicts.size() - 2)));
            }
        });
        return previous;
    }

    @Transactional
    public History history(long claimId) {
        ClaimService.find(claimId);
        return new History(
                claimId,
                log.history(claimId).stream().map(HistoryEntry::of).toList(),
                log.verdicts(claimId).stream().map(VerdictView::of).toList());
    }

    /**
     * Research (span, sources, verdict) changes only while work is open. Awaiting approval
     * or approved, the editor's decision is about a fixed text; published, only a correction
     * reopens it.
     */
    /** @param what the message key naming what cannot change, e.g. {@code claim.what.sources} */
    public static void requireEditable(Claim claim, String what) {
        if (!claim.state().isEditable()) {
            String key = claim.state().isLocked() ? "claim.locked.published" : "claim.locked.review";
            throw ProblemException.conflict(
                    "claim-locked",
                    text(key, claim.state(), text(what)),
                    Map.of("currentState", claim.state(), "currentVersion", claim.version));
        }
    }
}

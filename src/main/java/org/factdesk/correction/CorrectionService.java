package org.factdesk.correction;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleVersion;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ReviewService;
import org.factdesk.claim.TextAnchor;
import org.factdesk.review.Contributions;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewState;
import org.factdesk.security.Actor;
import org.factdesk.security.Roles;
import org.factdesk.web.ProblemException;

/**
 * Article corrections: the publisher's new text becomes the next version, and every claim is
 * carried over to it (Reanchor). A claim that cannot move by itself waits, with its proposal,
 * for a person: a reviewer, or an editor when the claim is published.
 */
@ApplicationScoped
public class CorrectionService {

    /** What happened to one claim. */
    public record Outcome(long claimId, Reanchor.Status status, double score, boolean moved, boolean published) {}

    /** POST /api/articles/{id}/versions answers this. */
    public record Correction(long articleId, int version, int moved, int waiting, List<Outcome> claims) {}

    /** A claim waiting after a correction, with both texts around it for the side-by-side view. */
    public record Pending(
            long claimId,
            ReviewState state,
            boolean published,
            Reanchor.Status status,
            double score,
            int fromVersion,
            int start,
            int end,
            String exact,
            int toVersion,
            Integer proposedStart,
            Integer proposedEnd,
            String proposedExact,
            SideBySide sides,
            long version) {
        public String scoreText() {
            return String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }

    private final ArticleService articles;
    private final ClaimChanges changes;
    private final ReviewService review;
    private final Event<ClaimChanged> changed;

    private final ClaimService claims;

    CorrectionService(
            ArticleService articles,
            ClaimChanges changes,
            ReviewService review,
            Event<ClaimChanged> changed,
            ClaimService claims) {
        this.claims = claims;
        this.articles = articles;
        this.changes = changes;
        this.review = review;
        this.changed = changed;
    }

    @Transactional
    public Correction correct(long articleId, String text, String note, Actor actor) {
        ArticleVersion to = articles.addVersion(articleId, text, note, actor.username());
        Map<Integer, Reanchor.Texts> diffs = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Claim listed : claims.onVersionsBefore(articleId, to.versionNo)) {
            ClaimChanges.Locked locked = changes.lockCarriedAlong(listed.id);
            Claim claim = locked.claim();
            Reanchor.Texts texts = diffs.computeIfAbsent(
                    claim.articleVersion,
                    v -> new Reanchor.Texts(articles.versionText(articleId, v).orElseThrow(), to.body));
            Reanchor.Result result = Reanchor.locate(
                    texts, new Reanchor.Claim(claim.start, claim.end, claim.exact, claim.prefix, claim.suffix));
            boolean published = claim.firstPublishedAt != null;
            int from = claim.articleVersion;
            if (result.status() == Reanchor.Status.ANCHORED && (!published || result.exactQuote())) {
                move(
                        locked,
                        to,
                        result.start(),
                        result.end(),
                        result.exact(),
                        result.score(),
                        from,
                        actor,
                        Contributions.CARRIED_OVER);
                outcomes.add(new Outcome(claim.id, Reanchor.Status.ANCHORED, result.score(), true, published));
            } else {
                Reanchor.Status status =
                        result.status() == Reanchor.Status.ORPHANED ? Reanchor.Status.ORPHANED : Reanchor.Status.FUZZY;
                wait(locked, to.versionNo, status, result, actor);
                outcomes.add(new Outcome(claim.id, status, result.score(), false, published));
            }
        }
        changed.fire(ClaimChanged.publicSite(articleId));
        int moved = (int) outcomes.stream().filter(Outcome::moved).count();
        return new Correction(articleId, to.versionNo, moved, outcomes.size() - moved, outcomes);
    }

    private void move(
            ClaimChanges.Locked locked,
            ArticleVersion to,
            int start,
            int end,
            String exact,
            double score,
            int from,
            Actor actor,
            String how) {
        TextAnchor.Span span = TextAnchor.atPosition(to.body, start, end, exact);
        PendingAnchor.deleteById(locked.claim().id);
        changes.moveQuote(
                locked,
                to.versionNo,
                span,
                Map.of(
                        "fromVersion",
                        from,
                        "toVersion",
                        to.versionNo,
                        "start",
                        start,
                        "end",
                        end,
                        "exact",
                        exact,
                        "score",
                        score,
                        "how",
                        how),
                actor);
    }

    private void wait(
            ClaimChanges.Locked locked, int toVersion, Reanchor.Status status, Reanchor.Result result, Actor actor) {
        Claim claim = locked.claim();
        PendingAnchor pending =
                PendingAnchor.<PendingAnchor>findByIdOptional(claim.id).orElseGet(PendingAnchor::new);
        boolean fresh = pending.claimId == null;
        pending.claimId = claim.id;
        pending.articleVersion = toVersion;
        pending.status = status;
        pending.score = Math.max(0, Math.min(1, result.score()));
        pending.start = status == Reanchor.Status.FUZZY ? result.start() : null;
        pending.end = status == Reanchor.Status.FUZZY ? result.end() : null;
        pending.exact = status == Reanchor.Status.FUZZY ? result.exact() : null;
        pending.createdAt = Instant.now();
        if (fresh) {
            pending.persist();
        }
        changes.record(
                locked,
                ReviewEvent.Kind.REANCHOR_NEEDED,
                Map.of("toVersion", toVersion, "status", status.apiName(), "score", pending.score),
                actor);
    }

    /** The claims of the article waiting after a correction, oldest claim first. */
    @Transactional
    public List<Pending> pending(long articleId) {
        articles.get(articleId);
        // The article's waiting claims and their proposals: two statements, whatever their number.
        List<Pending> waiting = new ArrayList<>();
        Map<String, Reanchor.Texts> diffs = new HashMap<>();
        Map<Long, Claim> claimsById = new HashMap<>();
        List<Long> pending = PendingAnchor.<PendingAnchor>listAll().stream()
                .map(p -> p.claimId)
                .toList();
        for (Claim c : claims.onArticle(articleId, pending)) {
            claimsById.put(c.id, c);
        }
        if (claimsById.isEmpty()) {
            return waiting;
        }
        for (PendingAnchor p :
                PendingAnchor.<PendingAnchor>list("claimId in ?1 order by claimId", claimsById.keySet())) {
            Claim claim = claimsById.get(p.claimId);
            String key = claim.articleVersion + ">" + p.articleVersion;
            Reanchor.Texts texts = diffs.computeIfAbsent(
                    key,
                    k -> new Reanchor.Texts(
                            articles.versionText(articleId, claim.articleVersion)
                                    .orElseThrow(),
                            articles.versionText(articleId, p.articleVersion).orElseThrow()));
            waiting.add(new Pending(
                    claim.id,
                    claim.state(),
                    claim.firstPublishedAt != null,
                    p.status,
                    p.score,
                    claim.articleVersion,
                    claim.start,
                    claim.end,
                    claim.exact,
                    p.articleVersion,
                    p.start,
                    p.end,
                    p.exact,
                    SideBySide.around(texts, claim.start, claim.end, p.start, p.end),
                    claim.version));
        }
        return waiting;
    }

    /** Moves a FUZZY claim to the place the correction proposed. */
    @Transactional
    public void confirm(long claimId, Long basedOn, Actor actor) {
        ClaimChanges.Locked locked = changes.lock(claimId, basedOn, ClaimChanges.Conflict.QUOTE);
        PendingAnchor p = pendingOf(locked.claim(), actor);
        if (p.status != Reanchor.Status.FUZZY) {
            throw ProblemException.conflict("not-fuzzy", text("correction.not-fuzzy", claimId), Map.of());
        }
        settle(locked, p, p.start, p.end, p.exact, p.score, "confirmed", actor);
    }

    /** Moves a waiting claim to a span a person selected in the corrected text. */
    @Transactional
    public void reselect(long claimId, Integer start, Integer end, String exact, Long basedOn, Actor actor) {
        ClaimChanges.Locked locked = changes.lock(claimId, basedOn, ClaimChanges.Conflict.QUOTE);
        PendingAnchor p = pendingOf(locked.claim(), actor);
        if (start == null || end == null) {
            throw ProblemException.invalid("start", text("selector.position-incomplete"));
        }
        settle(locked, p, start, end, exact, 1.0, "selected again", actor);
    }

    /**
     * A person settled where a waiting quote is. When the words differ from the quote that was
     * under approval, approved or published, that decision was about other words: the claim
     * goes back to work (the workflow's quote_changed move).
     */
    private void settle(
            ClaimChanges.Locked locked,
            PendingAnchor p,
            int start,
            int end,
            String exact,
            double score,
            String how,
            Actor actor) {
        Claim claim = locked.claim();
        String before = claim.exact;
        ArticleVersion to = articles.version(claim.articleId, p.articleVersion).orElseThrow();
        move(locked, to, start, end, exact, score, claim.articleVersion, actor, how);
        if (!Reanchor.sameWords(before, claim.exact)) {
            review.quoteMoved(
                    locked, text("correction.quote-changed", abbreviate(before), abbreviate(claim.exact)), actor);
        }
        changed.fire(ClaimChanged.publicSite(claim.articleId));
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 120 ? quote : quote.substring(0, 117) + "…";
    }

    private static PendingAnchor pendingOf(Claim claim, Actor actor) {
        PendingAnchor p = PendingAnchor.<PendingAnchor>findByIdOptional(claim.id)
                .orElseThrow(() -> ProblemException.conflict(
                        "not-pending", text("correction.nothing-pending", claim.id), Map.of()));
        if (claim.firstPublishedAt != null && !actor.hasAnyRole(Roles.EDITORS)) {
            throw ProblemException.forbidden(text("correction.editor-only", claim.id));
        }
        return p;
    }
}

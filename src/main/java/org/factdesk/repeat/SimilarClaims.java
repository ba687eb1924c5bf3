package org.factdesk.repeat;

import static org.factdesk.web.Texts.text;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.FactdeskConfig;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimService;
import org.factdesk.repeat.ClaimMatcher.Difference;
import org.factdesk.repeat.ClaimMatcher.Match;
import org.factdesk.repeat.ClaimMatcher.Text;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.security.Actor;
import org.factdesk.web.ProblemException;

/**
 * "Already checked?": the earlier checked claims (with a verdict, in any article) that say
 * what a claim says, best first; and the reviewer's link from a claim to the original it
 * repeats. The original's verdict is offered, never copied.
 */
@ApplicationScoped
public class SimilarClaims {

    /** How many candidates the trigram index hands to the matcher. */
    static final int CANDIDATES = 50;
    /** Candidates need at least this trigram similarity (below every threshold in use). */
    static final double CANDIDATE_FLOOR = 0.2;

    static final int MAX_SHOWN = 10;

    public enum Band {
        LIKELY_SAME,
        SIMILAR;

        @com.fasterxml.jackson.annotation.JsonValue
        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String label() {
            return text("repeat.band." + apiName());
        }
    }

    /** An earlier claim, its verdict and when it was checked (published, or the verdict's date). */
    public record Checked(
            long claimId,
            long articleId,
            String articleTitle,
            String exact,
            ReviewState state,
            VerdictView verdict,
            Instant checkedAt) {}

    public record SimilarClaim(Checked claim, double score, Band band, Set<Difference> differences) {}

    /** GET /api/claims/{id}/similar. {@code repeatOf}: the linked original, its verdict a suggestion only. */
    public record Similar(
            long claimId, double suggestFrom, double likelySameFrom, Checked repeatOf, List<SimilarClaim> matches) {}

    /** Two texts compared as the matcher compares claims (the measurement uses this). */
    public record Comparison(double trigram, Match match) {}

    private final FactdeskConfig config;
    private final Event<ClaimChanged> changed;
    private final ClaimChanges changes;
    private final ArticleService articles;

    private final ClaimService claims;

    SimilarClaims(
            FactdeskConfig config,
            Event<ClaimChanged> changed,
            ClaimChanges changes,
            ArticleService articles,
            ClaimService claims) {
        this.claims = claims;
        this.config = config;
        this.changed = changed;
        this.changes = changes;
        this.articles = articles;
    }

    public double suggestFrom() {
        return config.repeats().suggest();
    }

    public double likelySameFrom() {
        return config.repeats().likelySame();
    }

    @Transactional
    public Similar of(long claimId) {
        Claim claim = ClaimService.find(claimId);
        Checked original = claim.repeatOf == null ? null : checked(ClaimService.find(claim.repeatOf));
        return new Similar(
                claimId,
                suggestFrom(),
                likelySameFrom(),
                original,
                claim.repeatOf == null ? similarTo(claim) : List.of());
    }

    private List<SimilarClaim> similarTo(Claim claim) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("select set_config('pg_trgm.similarity_threshold', :floor, true)")
                .setParameter("floor", String.valueOf(CANDIDATE_FLOOR))
                .getSingleResult();
        @SuppressWarnings("unchecked")
        // The claim's own stems are worked out once (a materialized CTE), not once per candidate.
        List<Object[]> rows = em.createNativeQuery("""
                with q as materialized (select id, match_text, claim_match_words(match_text) words
                                        from claim where id = :id)
                select c.id, similarity(c.match_text, q.match_text), c.exact, c.match_text,
                       claim_match_words(c.match_text), q.words, q.match_text
                from q join claim c on c.match_text % q.match_text
                where c.id <> q.id and c.current_verdict_id is not null and c.repeat_of is null
                order by 2 desc limit :n""")
                .setParameter("id", claim.id)
                .setParameter("n", CANDIDATES)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        record Scored(long id, Match match) {}
        Text self = Text.of(claim.exact, (String) rows.get(0)[6], (String) rows.get(0)[5]);
        List<Scored> kept = new ArrayList<>();
        for (Object[] row : rows) {
            Match match = ClaimMatcher.match(
                    self, Text.of((String) row[2], (String) row[3], (String) row[4]), ((Number) row[1]).doubleValue());
            if (match.score() >= suggestFrom()) {
                kept.add(new Scored(((Number) row[0]).longValue(), match));
            }
        }
        kept.sort(Comparator.comparingDouble((Scored k) -> k.match().score()).reversed());
        List<Scored> shown = kept.size() > MAX_SHOWN ? kept.subList(0, MAX_SHOWN) : kept;
        if (shown.isEmpty()) {
            return List.of();
        }
        // The shown claims with their verdicts, and their articles' titles: two statements, not two per match.
        Map<Long, Claim> byId = new java.util.HashMap<>();
        for (Claim c : claims.withVerdicts(shown.stream().map(Scored::id).toList())) {
            byId.put(c.id, c);
        }
        Map<Long, String> titles = articles.titles(
                byId.values().stream().map(c -> c.articleId).distinct().toList());
        List<SimilarClaim> found = new ArrayList<>();
        for (Scored k : shown) {
            Claim c = byId.get(k.id());
            found.add(new SimilarClaim(
                    checked(c, titles.get(c.articleId)),
                    round(k.match().score()),
                    k.match().score() >= likelySameFrom() ? Band.LIKELY_SAME : Band.SIMILAR,
                    k.match().differences()));
        }
        return found;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private Checked checked(Claim c) {
        return checked(c, articles.titles(List.of(c.articleId)).get(c.articleId));
    }

    private static Checked checked(Claim c, String articleTitle) {
        VerdictView verdict = VerdictView.of(c.currentVerdict);
        Instant at = c.lastPublishedAt != null ? c.lastPublishedAt : verdict == null ? null : verdict.createdAt();
        return new Checked(c.id, c.articleId, articleTitle, c.exact, c.state(), verdict, at);
    }

    /** Where a claim was said again, as its public page lists it: the articles, which are public anyway. */
    public record Repeat(String title, String outlet, String url, LocalDate published) {}

    /** The articles of the claims linked as repeats of this one, oldest article first. */
    public List<Repeat> repeatedIn(long claimId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("""
                select a.title, a.outlet, a.url, a.published_date from claim c join article a on a.id = c.article_id
                where c.repeat_of = :id order by a.published_date nulls last, c.id""")
                .setParameter("id", claimId)
                .getResultList();
        return rows.stream()
                .map(r -> new Repeat(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        r[3] == null ? null : ((java.sql.Date) r[3]).toLocalDate()))
                .toList();
    }

    /** Compares two texts exactly as two claims would be compared. */
    @Transactional
    public Comparison compare(String a, String b) {
        Object[] row = (Object[]) Panache.getEntityManager()
                .createNativeQuery("""
                select ma, mb, similarity(ma, mb), claim_match_words(ma), claim_match_words(mb)
                from (select claim_match_text(:a) ma, claim_match_text(:b) mb) t""")
                .setParameter("a", a)
                .setParameter("b", b)
                .getSingleResult();
        double trigram = ((Number) row[2]).doubleValue();
        return new Comparison(
                trigram,
                ClaimMatcher.match(
                        Text.of(a, (String) row[0], (String) row[3]),
                        Text.of(b, (String) row[1], (String) row[4]),
                        trigram));
    }

    /**
     * Marks a claim as a repeat of an earlier one. A link always points at an original: linking
     * to a repeat links to its original, and the claim's own repeats follow it.
     */
    @Transactional
    public Similar link(long claimId, Long originalId, Long basedOn, Actor actor) {
        if (originalId == null) {
            throw ProblemException.invalid("claimId", text("repeat.original-required"));
        }
        ClaimChanges.Locked locked = changes.lock(claimId, basedOn, ClaimChanges.Conflict.REPEAT);
        Claim claim = locked.claim();
        Claim original = claims.findOptional(originalId)
                .orElseThrow(() -> ProblemException.invalid("claimId", text("repeat.original-not-found", originalId)));
        if (original.repeatOf != null) {
            original = ClaimService.find(original.repeatOf);
        }
        if (original.id.equals(claim.id)) {
            throw ProblemException.invalid("claimId", text("repeat.itself"));
        }
        if (original.currentVerdict == null) {
            throw ProblemException.invalid("claimId", text("repeat.original-unchecked", original.id));
        }
        if (original.id.equals(claim.repeatOf)) {
            return of(claimId);
        }
        // The claim's own repeats follow it to the original, each through the same path.
        for (Claim follower : claims.repeatsOf(claim.id)) {
            changes.linkRepeat(
                    changes.lockCarriedAlong(follower.id),
                    original.id,
                    Map.of("original", original.id, "articleId", original.articleId, "via", claim.id),
                    actor);
        }
        Long before = claim.repeatOf;
        changes.linkRepeat(
                locked, original.id, Map.of("original", original.id, "articleId", original.articleId), actor);
        announce(original.articleId, before);
        return of(claimId);
    }

    @Transactional
    public Similar unlink(long claimId, Long basedOn, Actor actor) {
        ClaimChanges.Locked locked = changes.lock(claimId, basedOn, ClaimChanges.Conflict.REPEAT);
        Long before = locked.claim().repeatOf;
        if (before != null) {
            changes.linkRepeat(locked, null, Map.of("original", before), actor);
            announce(null, before);
        }
        return of(claimId);
    }

    /** The originals' public pages (their repeat counts) are rebuilt. */
    private void announce(Long originalArticle, Long formerOriginal) {
        if (originalArticle != null) {
            changed.fire(ClaimChanged.publicSite(originalArticle));
        }
        if (formerOriginal != null) {
            changed.fire(ClaimChanged.publicSite(ClaimService.articleOf(formerOriginal)));
        }
    }
}

package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.FactdeskConfig;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleVersion;
import org.factdesk.claim.ClaimRequests.ClaimFilter;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimRequests.SelectorInput;
import org.factdesk.claim.ClaimViews.ClaimPage;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ClaimViews.Selector;
import org.factdesk.collaboration.ClaimChanged;
import org.factdesk.review.Actor;
import org.factdesk.review.ClaimFacts;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.review.Workflow;
import org.factdesk.source.Source;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/** Creating, finding and showing claims; the rules of changing them live in ReviewService. */
@ApplicationScoped
public class ClaimService {

    static final int DEFAULT_PAGE = 50;
    private static final List<ReviewState> FINISHED = List.of(ReviewState.PUBLISHED, ReviewState.DISMISSED, ReviewState.RETRACTED);
    static final int MAX_PAGE = 200;

    private final FactdeskConfig config;
    private final Event<ClaimChanged> changed;

    ClaimService(FactdeskConfig config, Event<ClaimChanged> changed) {
        this.config = config;
        this.changed = changed;
    }

    /** Announces a change of this claim to every open page, once the transaction commits. */
    public void announce(Claim claim) {
        changed.fire(new ClaimChanged(claim.articleId, claim.id));
    }

    @Transactional
    public ClaimView create(long articleId, CreateClaim request, Actor actor) {
        Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> ProblemException.notFound(text("article.not-found", articleId)));
        ArticleVersion text = (request.articleVersion() == null ? ArticleVersion.findLatest(articleId)
                : ArticleVersion.findVersion(articleId, request.articleVersion()))
                .orElseThrow(() -> ProblemException.invalid("articleVersion",
                        text("article.no-version", articleId, request.articleVersion())));
        TextAnchor.Span span = anchor(text.body, request.selectors());

        Claim claim = new Claim();
        claim.articleId = articleId;
        claim.articleVersion = text.versionNo;
        claim.start = span.start();
        claim.end = span.end();
        claim.exact = span.exact();
        claim.prefix = span.prefix();
        claim.suffix = span.suffix();
        claim.claimant = Inputs.text(request.claimant());
        claim.claimDate = request.claimDate();
        claim.claimType = Inputs.enumValue("claimType", request.claimType(), ClaimType.class, ClaimType.OTHER);
        claim.whySelected = Inputs.text(request.whySelected());
        claim.tags = new ArrayList<>(tags(request.tags()));
        claim.createdBy = actor.username();
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        claim.persist();
        ReviewEvent.note(claim, actor.username(), ReviewEvent.Kind.CREATED,
                Map.of("start", claim.start, "end", claim.end, "exact", claim.exact)).persist();
        announce(claim);
        return viewAfterChange(claim, actor);
    }

    /** Tags as stored: trimmed, no empty ones, each once, in the order given. */
    private static List<String> tags(List<String> given) {
        return given == null ? List.of() : given.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static TextAnchor.Span anchor(String text, List<SelectorInput> selectors) {
        SelectorInput position = null;
        SelectorInput quote = null;
        for (SelectorInput s : selectors) {
            if (Selector.POSITION.equals(s.type())) {
                position = s;
            } else if (Selector.QUOTE.equals(s.type())) {
                quote = s;
            } else {
                throw ProblemException.invalid("selectors", text("selector.unknown", s.type()));
            }
        }
        if (position != null) {
            if (position.start() == null || position.end() == null) {
                throw ProblemException.invalid("start", text("selector.position-incomplete"));
            }
            return TextAnchor.atPosition(text, position.start(), position.end(), quote == null ? null : quote.exact());
        }
        return TextAnchor.byQuote(text, quote.exact(), quote.prefix(), quote.suffix());
    }

    /**
     * Replaces a claim's details (claimant, date, type, why, tags) while it is open for
     * research; the history keeps what they were. Saving the same details changes nothing.
     */
    @Transactional
    public ClaimView updateDetails(long id, ClaimRequests.ClaimDetails details, Actor actor) {
        Claim claim = lockAtVersion(id, details.version());
        org.factdesk.review.ReviewService.requireEditable(claim, "claim.what.details");
        String claimant = Inputs.text(details.claimant());
        ClaimType type = Inputs.enumValue("claimType", details.claimType(), ClaimType.class, ClaimType.OTHER);
        String why = Inputs.text(details.whySelected());
        List<String> tags = tags(details.tags());
        if (java.util.Objects.equals(claimant, claim.claimant) && java.util.Objects.equals(details.claimDate(), claim.claimDate)
                && type == claim.claimType && java.util.Objects.equals(why, claim.whySelected) && tags.equals(claim.tags)) {
            return view(claim, actor);
        }
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("claimant", claim.claimant);
        before.put("claimDate", claim.claimDate == null ? null : claim.claimDate.toString());
        before.put("claimType", claim.claimType.apiName());
        before.put("whySelected", claim.whySelected);
        before.put("tags", List.copyOf(claim.tags));
        claim.claimant = claimant;
        claim.claimDate = details.claimDate();
        claim.claimType = type;
        claim.whySelected = why;
        claim.tags = new ArrayList<>(tags);
        claim.touch();
        ReviewEvent.note(claim, actor.username(), ReviewEvent.Kind.DETAILS_UPDATED, Map.of("before", before)).persist();
        announce(claim);
        return viewAfterChange(claim, actor);
    }

    /**
     * Moves a claim onto another version of its article's text (after a correction). The span
     * must hold exactly the quote given; the context is taken afresh from that text.
     */
    public void reanchor(Claim claim, int versionNo, String text, int start, int end, String exact) {
        TextAnchor.Span span = TextAnchor.atPosition(text, start, end, exact);
        claim.articleVersion = versionNo;
        claim.start = span.start();
        claim.end = span.end();
        claim.exact = span.exact();
        claim.prefix = span.prefix();
        claim.suffix = span.suffix();
        claim.updatedAt = Instant.now();
        announce(claim);
    }

    /** The claim (the first made) on exactly this span of this article version, if any. */
    @Transactional
    public java.util.Optional<ClaimView> at(long articleId, int versionNo, int start, int end, Actor actor) {
        return Claim.<Claim>find("select c from Claim c where c.articleId = ?1 and c.articleVersion = ?2 and c.start = ?3"
                + " and c.end = ?4 order by c.id",
                articleId, versionNo, start, end).firstResultOptional().map(c -> view(c, actor));
    }

    @Transactional
    public ClaimView get(long id, Actor actor) {
        return view(find(id), actor);
    }

    @Transactional
    public List<ClaimView> listForArticle(long articleId, Actor actor) {
        return views(Claim.listForArticle(articleId), sourceCountsOfArticle(articleId), actor);
    }

    /** Open work assigned to a person, most recently changed first. */
    @Transactional
    public List<ClaimView> assignedTo(String username, Actor actor) {
        return views(Claim.list("select c from Claim c where ?1 member of c.assignees and c.state not in ?2"
                + " order by c.updatedAt desc", username, FINISHED), actor);
    }

    /** The latest changes anywhere, newest first. */
    @Transactional
    public List<ClaimView> recentlyChanged(int limit, Actor actor) {
        return views(Claim.<Claim>find("order by updatedAt desc, id desc").page(0, limit).list(), actor);
    }

    /** How many claims are in each state (states without claims are absent). */
    @Transactional
    public Map<ReviewState, Long> countsByState() {
        Map<ReviewState, Long> counts = new java.util.EnumMap<>(ReviewState.class);
        for (Object[] row : Claim.getEntityManager()
                .createQuery("select c.state, count(c) from Claim c group by c.state", Object[].class).getResultList()) {
            counts.put((ReviewState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Claims in one state, the longest-waiting first (the approval queue). */
    @Transactional
    public List<ClaimView> waitingIn(ReviewState state, Actor actor) {
        return views(Claim.list("state = ?1 order by updatedAt, id", state), actor);
    }

    @Transactional
    public ClaimPage search(ClaimFilter filter, Actor actor) {
        int limit = Inputs.limit(filter.limit(), DEFAULT_PAGE, MAX_PAGE);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.state() != null) {
            where.append(" and c.state = :state");
            params.and("state", Inputs.enumValue("state", filter.state(), ReviewState.class, null));
        }
        if (filter.assignee() != null) {
            where.append(" and :assignee member of c.assignees");
            params.and("assignee", filter.assignee());
        }
        if (filter.article() != null) {
            where.append(" and c.articleId = :article");
            params.and("article", filter.article());
        }
        if (filter.rating() != null) {
            where.append(" and v.rating.id = :rating");
            params.and("rating", filter.rating());
        }
        if (Inputs.text(filter.q()) != null) {
            // quote, claimant and conclusion, lower-cased, one per line (V6): line breaks in q would span two
            where.append(" and c.searchText like :q");
            params.and("q", Inputs.containsPattern(filter.q().replaceAll("[\\r\\n]+", " ")));
        }
        if (filter.after() != null) {
            where.append(" and c.id < :after");
            params.and("after", cursor(filter.after()));
        }
        List<Claim> rows = Claim.<Claim>find("select c from Claim c left join c.currentVerdict v where " + where
                + " order by c.id desc", params).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Claim> page = more ? rows.subList(0, limit) : rows;
        return new ClaimPage(views(page, actor), more ? String.valueOf(page.get(page.size() - 1).id) : null);
    }

    private static long cursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", text("input.cursor"));
        }
    }

    /** The article a claim belongs to (404 for an unknown claim). */
    public static long articleOf(long claimId) {
        return find(claimId).articleId;
    }

    public static Claim find(long id) {
        return Claim.<Claim>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(text("claim.not-found", id)));
    }

    /**
     * Loads a claim for a change, locked, and checks the version the change was based on.
     *
     * @throws ProblemException 428 without a version, 409 (with the current state) for a stale one
     */
    public static Claim lockAtVersion(long id, Long basedOn) {
        Claim claim = Claim.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(text("claim.not-found", id)));
        if (basedOn == null) {
            throw ProblemException.preconditionRequired(text("claim.version-required", claim.version));
        }
        if (basedOn != claim.version) {
            throw ProblemException.conflict("stale-version", text("claim.stale", basedOn, claim.version, claim.state()),
                    Map.of("currentVersion", claim.version, "currentState", claim.state()));
        }
        return claim;
    }

    public ClaimFacts facts(Claim claim, long sourceCount) {
        return new ClaimFacts(claim.state(), claim.currentVerdict != null,
                claim.currentVerdict == null ? null : claim.currentVerdict.author, (int) sourceCount,
                claim.assignees, claim.firstPublishedAt != null);
    }

    public ClaimFacts facts(Claim claim) {
        return facts(claim, Source.countForClaim(claim.id));
    }

    public int minSources() {
        return config.review().minSources();
    }

    public ClaimView view(Claim claim, Actor actor) {
        return view(claim, Source.countForClaim(claim.id), actor);
    }

    /** The claim after a change, with the version the change produced. */
    public ClaimView viewAfterChange(Claim claim, Actor actor) {
        Claim.flush();
        return view(claim, actor);
    }

    private List<ClaimView> views(List<Claim> claims, Actor actor) {
        return views(claims, sourceCounts(claims), actor);
    }

    private List<ClaimView> views(List<Claim> claims, Map<Long, Long> sourceCounts, Actor actor) {
        return claims.stream().map(c -> view(c, sourceCounts.getOrDefault(c.id, 0L), actor)).toList();
    }

    private ClaimView view(Claim c, long sourceCount, Actor actor) {
        return new ClaimView(c.id, c.articleId, c.articleVersion, Selector.of(c), c.claimant, c.claimDate, c.claimType,
                c.whySelected, c.tags, c.state(), c.version, new TreeSet<>(c.assignees), VerdictView.of(c.currentVerdict), sourceCount,
                Workflow.allowedActions(facts(c, sourceCount), actor, minSources()),
                c.createdBy, c.createdAt, c.updatedAt, c.firstPublishedAt, c.lastPublishedAt);
    }

    /** The source counts of all of an article's claims, by the article (not a list of 500 ids). */
    private static Map<Long, Long> sourceCountsOfArticle(long articleId) {
        return countsByClaim(Source.getEntityManager()
                .createQuery("select s.claimId, count(s) from Source s where s.removedAt is null"
                        + " and s.claimId in (select c.id from Claim c where c.articleId = :article) group by s.claimId", Object[].class)
                .setParameter("article", articleId));
    }

    private static Map<Long, Long> sourceCounts(List<Claim> claims) {
        if (claims.isEmpty()) {
            return new HashMap<>();
        }
        return countsByClaim(Source.getEntityManager()
                .createQuery("select s.claimId, count(s) from Source s where s.claimId in :ids and s.removedAt is null"
                        + " group by s.claimId", Object[].class)
                .setParameter("ids", claims.stream().map(c -> c.id).toList()));
    }

    /** Rows of (claim id, count) as a map. */
    private static Map<Long, Long> countsByClaim(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}

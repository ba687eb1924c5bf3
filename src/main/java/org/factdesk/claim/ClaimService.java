package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.FactdeskConfig;
import org.factdesk.claim.ClaimRequests.ClaimFilter;
import org.factdesk.claim.ClaimViews.ClaimPage;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ClaimViews.Selector;
import org.factdesk.review.ClaimFacts;
import org.factdesk.review.Contributions;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewLog;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.review.Workflow;
import org.factdesk.security.Actor;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/**
 * Finding and showing claims, for pages and the API: reads only. Changes go through
 * ClaimCommands (selection, details), ReviewService (workflow moves, verdicts) and the
 * services of the features above claims, all through ClaimChanges.
 */
@ApplicationScoped
public class ClaimService {

    static final int DEFAULT_PAGE = 50;
    private static final List<ReviewState> FINISHED =
            List.of(ReviewState.PUBLISHED, ReviewState.DISMISSED, ReviewState.RETRACTED);
    static final int MAX_PAGE = 200;

    private final FactdeskConfig config;
    private final SourceCounts sources;

    private final ReviewLog log;

    ClaimService(FactdeskConfig config, SourceCounts sources, ReviewLog log) {
        this.log = log;
        this.config = config;
        this.sources = sources;
    }

    /** The claim (the first made) on exactly this span of this article version, if any. */
    @Transactional
    public java.util.Optional<ClaimView> at(long articleId, int versionNo, int start, int end, Actor actor) {
        return Claim.<Claim>find(
                        "select c from Claim c where c.articleId = ?1 and c.articleVersion = ?2 and c.start = ?3"
                                + " and c.end = ?4 order by c.id",
                        articleId,
                        versionNo,
                        start,
                        end)
                .firstResultOptional()
                .map(c -> view(c, actor));
    }

    @Transactional
    public ClaimView get(long id, Actor actor) {
        return view(find(id), actor);
    }

    /** Several claims, in the order of the ids, in a fixed number of statements. */
    @Transactional
    public List<ClaimView> views(java.util.Collection<Long> ids, Actor actor) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = Claim.<Claim>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c));
        return views(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), actor);
    }

    @Transactional
    public List<ClaimView> listForArticle(long articleId, Actor actor) {
        return views(Claim.listForArticle(articleId), sources.ofArticle(articleId), actor);
    }

    /** Open work assigned to a person, most recently changed first. */
    @Transactional
    public List<ClaimView> assignedTo(String username, Actor actor) {
        return views(
                Claim.list(
                        "select c from Claim c where ?1 member of c.assignees and c.state not in ?2"
                                + " order by c.updatedAt desc",
                        username,
                        FINISHED),
                actor);
    }

    /** The latest changes anywhere, newest first. */
    @Transactional
    public List<ClaimView> recentlyChanged(int limit, Actor actor) {
        return views(
                Claim.<Claim>find("order by updatedAt desc, id desc")
                        .page(0, limit)
                        .list(),
                actor);
    }

    /** How many claims are in each state (states without claims are absent). */
    @Transactional
    public Map<ReviewState, Long> countsByState() {
        Map<ReviewState, Long> counts = new java.util.EnumMap<>(ReviewState.class);
        for (Object[] row : Claim.getEntityManager()
                .createQuery("select c.state, count(c) from Claim c group by c.state", Object[].class)
                .getResultList()) {
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
        List<Claim> rows = Claim.<Claim>find(
                        "select c from Claim c left join c.currentVerdict v where " + where + " order by c.id desc",
                        params)
                .page(0, limit + 1)
                .list();
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

    /** Claims by id with their current verdicts and ratings, in one statement. */
    public List<Claim> withVerdicts(java.util.Collection<Long> ids) {
        return Claim.list(
                "select c from Claim c left join fetch c.currentVerdict v left join fetch v.rating where c.id in ?1",
                ids);
    }

    /** The claims of an article still anchored on a version before this one, by id. */
    public List<Claim> onVersionsBefore(long articleId, int version) {
        return Claim.list("articleId = ?1 and articleVersion < ?2 order by id", articleId, version);
    }

    /** Those of these claims that are on the article. */
    public List<Claim> onArticle(long articleId, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Claim.list("articleId = ?1 and id in ?2 order by id", articleId, ids);
    }

    /** The claims linked as repeats of this one, by id. */
    public List<Claim> repeatsOf(long claimId) {
        return Claim.list("repeatOf = ?1 order by id", claimId);
    }

    public java.util.Optional<Claim> findOptional(long id) {
        return Claim.findByIdOptional(id);
    }

    public static Claim find(long id) {
        return Claim.<Claim>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("claim.not-found", id)));
    }

    /**
     * What the workflow needs to decide a move. Where an approval or a publication is possible,
     * the claim's history is read too: who contributed to this round (four eyes) and whether a
     * correction left its quote waiting.
     *
     * @param history the claim's history when the caller has it (lists load them in one query), else null
     */
    public ClaimFacts facts(Claim claim, long sourceCount, List<ReviewEvent> history) {
        String author = claim.currentVerdict == null ? null : claim.currentVerdict.author;
        Map<String, Contributions.Contribution> contributors = Map.of();
        boolean quoteWaiting = false;
        if (readsHistory(claim.state())) {
            List<ReviewEvent> events = history != null ? history : log.history(claim.id);
            contributors = Contributions.ofCurrentRound(
                    events, author, claim.currentVerdict == null ? null : claim.currentVerdict.createdAt);
            quoteWaiting = log.quoteWaiting(events);
        }
        return new ClaimFacts(
                claim.state(),
                claim.currentVerdict != null,
                author,
                (int) sourceCount,
                claim.assignees,
                claim.firstPublishedAt != null,
                contributors,
                quoteWaiting);
    }

    /** The states whose moves (approve, publish) depend on the claim's history. */
    private static boolean readsHistory(ReviewState state) {
        return state == ReviewState.AWAITING_APPROVAL || state == ReviewState.APPROVED;
    }

    public ClaimFacts facts(Claim claim) {
        return facts(claim, sources.of(claim.id), null);
    }

    public int minSources() {
        return config.review().minSources();
    }

    public ClaimView view(Claim claim, Actor actor) {
        return view(claim, sources.of(claim.id), null, actor);
    }

    /** The claim after a change, with the version the change produced. */
    public ClaimView viewAfterChange(Claim claim, Actor actor) {
        Claim.flush();
        return view(claim, actor);
    }

    private List<ClaimView> views(List<Claim> claims, Actor actor) {
        return views(claims, sources.of(claims.stream().map(c -> c.id).toList()), actor);
    }

    private List<ClaimView> views(List<Claim> claims, Map<Long, Long> sourceCounts, Actor actor) {
        Map<Long, List<ReviewEvent>> histories = historiesWhereNeeded(claims);
        return claims.stream()
                .map(c -> view(c, sourceCounts.getOrDefault(c.id, 0L), histories.getOrDefault(c.id, List.of()), actor))
                .toList();
    }

    /** The histories of the listed claims that await approval or are approved, in one query. */
    private Map<Long, List<ReviewEvent>> historiesWhereNeeded(List<Claim> claims) {
        return log.histories(claims.stream()
                .filter(c -> readsHistory(c.state()))
                .map(c -> c.id)
                .toList());
    }

    private ClaimView view(Claim c, long sourceCount, List<ReviewEvent> history, Actor actor) {
        Workflow.Options options = Workflow.options(facts(c, sourceCount, history), actor, minSources());
        return new ClaimView(
                c.id,
                c.articleId,
                c.articleVersion,
                Selector.of(c),
                c.claimant,
                c.claimDate,
                c.claimType,
                c.whySelected,
                c.tags,
                c.state(),
                c.version,
                new TreeSet<>(c.assignees),
                VerdictView.of(c.currentVerdict),
                sourceCount,
                options.allowed(),
                options.refused(),
                c.createdBy,
                c.createdAt,
                c.updatedAt,
                c.firstPublishedAt,
                c.lastPublishedAt);
    }
}

package org.factdesk.suggestion;

import static org.factdesk.web.Texts.text;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimRequests.SelectorInput;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimType;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ClaimViews.Selector;
import org.factdesk.security.Actor;
import org.factdesk.suggestion.CheckWorthiness.Reason;
import org.factdesk.suggestion.CheckWorthiness.Suggestion;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/**
 * The suggestions a reviewer still has to decide on: what CheckWorthiness finds in the
 * article's latest version, less the phrases somebody dismissed and those already claimed.
 */
@ApplicationScoped
public class SuggestionService {

    static final int MAX_EXACT = 2000;

    /** The open suggestions of one article version, and how many phrases were dismissed. */
    public record OpenSuggestions(long articleId, int articleVersion, List<Suggestion> suggestions, int dismissed) {}

    /**
     * Suggestions of the most recently read texts, by article and version: a version's text never
     * changes. (Not by the stored SHA-256: rows written outside the app, such as the benchmark's
     * seed, may carry any value there, and another text's offsets would then cut this one.)
     */
    static final int CACHED_TEXTS = 256;

    private final ArticleService articles;
    private final ClaimService claims;
    private final ClaimCommands commands;
    private final Event<ClaimChanged> changed;
    private final Map<String, List<Suggestion>> byText =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Suggestion>> eldest) {
                    return size() > CACHED_TEXTS;
                }
            });

    SuggestionService(
            ArticleService articles, ClaimService claims, ClaimCommands commands, Event<ClaimChanged> changed) {
        this.commands = commands;
        this.articles = articles;
        this.claims = claims;
        this.changed = changed;
    }

    @Transactional
    public OpenSuggestions open(long articleId, int limit, Actor actor) {
        return open(articles.get(articleId), claims.listForArticle(articleId, actor), limit);
    }

    /**
     * The best {@code limit} suggestions that are neither dismissed nor overlapping a claim on
     * this version, and not overlapping each other (so each can be marked in the text).
     */
    @Transactional
    public OpenSuggestions open(ArticleDetail article, List<ClaimView> claimsOfArticle, int limit) {
        Set<String> dismissed = dismissedPhrases(article.id());
        List<int[]> taken = new ArrayList<>();
        for (ClaimView claim : claimsOfArticle) {
            if (claim.articleVersion() == article.version()) {
                taken.add(new int[] {claim.position().start(), claim.position().end()});
            }
        }
        List<Suggestion> open = new ArrayList<>();
        for (Suggestion s : all(article)) {
            if (open.size() == limit) {
                break;
            }
            if (!dismissed.contains(s.exact()) && !overlaps(taken, s.start(), s.end())) {
                open.add(s);
                taken.add(new int[] {s.start(), s.end()});
            }
        }
        return new OpenSuggestions(article.id(), article.version(), open, dismissed.size());
    }

    /**
     * Every suggestion of the article's text, best first. Cached: the reading view asks on every
     * render, and finding them takes 0.5 ms for the demo article and 1.8 ms for a 14,000-character
     * text on this machine, next to a whole article view of 1.4 to 11.5 ms (docs/BENCHMARKS.md).
     */
    private List<Suggestion> all(ArticleDetail article) {
        return byText.computeIfAbsent(
                article.id() + "/" + article.version(),
                k -> CheckWorthiness.suggest(article.text(), Integer.MAX_VALUE));
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(span -> start < span[1] && end > span[0]);
    }

    /** Remembers that a phrase of the article is not worth checking (again: no change). */
    @Transactional
    public void dismiss(long articleId, String exact, Actor actor) {
        ArticleDetail article = articles.get(articleId);
        if (exact == null || exact.isBlank() || Inputs.hasNul(exact) || exact.length() > MAX_EXACT) {
            throw ProblemException.invalid("exact", text("suggestion.exact-invalid", MAX_EXACT));
        }
        if (!article.text().contains(exact)) {
            throw ProblemException.invalid("exact", text("suggestion.not-in-article", articleId, article.version()));
        }
        Panache.getEntityManager()
                .createNativeQuery("""
                insert into suggestion_dismissal (article_id, exact, dismissed_by) values (:article, :exact, :by)
                on conflict do nothing""")
                .setParameter("article", articleId)
                .setParameter("exact", exact)
                .setParameter("by", actor.username())
                .executeUpdate();
        changed.fire(ClaimChanged.suggestions(articleId));
    }

    /** Brings every dismissed suggestion of the article back; returns how many there were. */
    @Transactional
    public int restore(long articleId) {
        articles.get(articleId);
        int restored = Panache.getEntityManager()
                .createNativeQuery("delete from suggestion_dismissal where article_id = :article")
                .setParameter("article", articleId)
                .executeUpdate();
        changed.fire(ClaimChanged.suggestions(articleId));
        return restored;
    }

    /**
     * The one-click claim: a claim on exactly the suggested span, typed by its strongest reason,
     * with the reasons as why it was selected. Clicking a suggestion somebody already made into
     * a claim opens that claim instead of making a second one.
     */
    @Transactional
    public ClaimView claim(long articleId, Integer version, int start, int end, String exact, Actor actor) {
        ArticleDetail article = articles.get(articleId);
        int on = version == null ? article.version() : version;
        java.util.Optional<ClaimView> existing = claims.at(articleId, on, start, end, actor);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Reason> reasons = all(article).stream()
                .filter(s -> s.start() == start && s.end() == end)
                .findFirst()
                .map(Suggestion::reasons)
                .orElse(List.of());
        CreateClaim request = new CreateClaim(
                on,
                List.of(
                        new SelectorInput(Selector.POSITION, start, end, null, null, null),
                        new SelectorInput(Selector.QUOTE, null, null, exact, null, null)),
                null,
                null,
                typeOf(reasons).apiName(),
                why(reasons),
                List.of());
        return commands.create(articleId, request, actor);
    }

    /** The claim type the first reason implies (reasons come in their declared order: quantities first). */
    static ClaimType typeOf(List<Reason> reasons) {
        return reasons.isEmpty() ? ClaimType.OTHER : reasons.get(0).claimType;
    }

    private static String why(List<Reason> reasons) {
        return reasons.isEmpty()
                ? text("suggestion.why-none")
                : text("suggestion.why", reasons.stream().map(r -> r.label()).collect(Collectors.joining(", ")));
    }

    private static Set<String> dismissedPhrases(long articleId) {
        @SuppressWarnings("unchecked")
        List<String> rows = Panache.getEntityManager()
                .createNativeQuery("select exact from suggestion_dismissal where article_id = :article")
                .setParameter("article", articleId)
                .getResultList();
        return new HashSet<>(rows);
    }
}

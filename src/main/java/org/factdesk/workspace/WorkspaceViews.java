package org.factdesk.workspace;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ReviewService;
import org.factdesk.collaboration.CommentService;
import org.factdesk.correction.CorrectionService;
import org.factdesk.people.PeopleDirectory;
import org.factdesk.people.PeopleDirectory.Person;
import org.factdesk.publication.PublicClaim;
import org.factdesk.publication.PublicSite;
import org.factdesk.repeat.SimilarClaims;
import org.factdesk.review.Action;
import org.factdesk.review.RatingService;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.security.Actor;
import org.factdesk.source.SourceService;
import org.factdesk.suggestion.CheckWorthiness.Reason;
import org.factdesk.suggestion.CheckWorthiness.Suggestion;
import org.factdesk.suggestion.SuggestionService;
import org.factdesk.suggestion.SuggestionService.OpenSuggestions;
import org.factdesk.web.Highlights;
import org.factdesk.web.ProblemException;

/** Puts together what the workspace pages show, from the features' services. */
@ApplicationScoped
public class WorkspaceViews {

    /** The article reading view, with the claim panel when a claim is open. */
    public record ReadingView(
            ArticleDetail article,
            List<Highlights.Segment> segments,
            List<ClaimView> claims,
            ClaimPanel panel,
            FormState form,
            List<ReviewState> states,
            List<RatingView> ratings,
            OpenSuggestions suggestions,
            ClaimView reanchoring) {
        public boolean hasPanel() {
            return panel != null;
        }

        /** The page's address: the article, or the claim open in it. */
        public String address() {
            return "/workspace/articles/" + article.id()
                    + (panel == null ? "" : "/claims/" + panel.claim().id());
        }

        /** A new claim from the selected words; hidden until the person selects some. */
        public Form selection() {
            return Form.of(FormName.SELECTION, form)
                    .at(address())
                    .limitedBy(CreateClaim.class)
                    .saved("claimType", "other");
        }

        /** The publisher's corrected text, starting from the current one. */
        public Form correction() {
            return Form.of(FormName.CORRECTION, form)
                    .at(address())
                    .ids("correction-%s")
                    .saved("text", article.text());
        }

        public Form suggestionForm() {
            return Form.of(FormName.SUGGESTIONS, form).at(address());
        }

        /** Claims a correction left on an earlier version (not highlighted in this text). */
        public long waiting() {
            return claims.stream()
                    .filter(c -> c.articleVersion() != article.version())
                    .count();
        }
    }

    /** How many suggestions the reading view marks and lists at once. */
    static final int SUGGESTIONS_SHOWN = 8;

    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final ReviewService review;
    private final CommentService comments;
    private final RatingService ratings;
    private final PeopleDirectory people;
    private final SuggestionService suggestions;
    private final SimilarClaims similar;
    private final CorrectionService corrections;
    private final PublicSite site;

    WorkspaceViews(
            ArticleService articles,
            ClaimService claims,
            SourceService sources,
            ReviewService review,
            CommentService comments,
            RatingService ratings,
            PeopleDirectory people,
            SuggestionService suggestions,
            SimilarClaims similar,
            CorrectionService corrections,
            PublicSite site) {
        this.site = site;
        this.similar = similar;
        this.corrections = corrections;
        this.suggestions = suggestions;
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
        this.review = review;
        this.comments = comments;
        this.ratings = ratings;
        this.people = people;
    }

    public ReadingView reading(long articleId, Long claimId, FormState form, Actor actor) {
        return reading(articleId, claimId, form, actor, null, null);
    }

    /**
     * {@code reanchorId}: the claim whose quote the reviewer selects again in this (corrected)
     * text; {@code done}: the workflow action just taken on the open claim, to confirm.
     */
    public ReadingView reading(
            long articleId, Long claimId, FormState form, Actor actor, Long reanchorId, Action done) {
        ArticleDetail article = articles.get(articleId);
        List<ClaimView> all = claims.listForArticle(articleId, actor);
        ClaimPanel panel = null;
        if (claimId != null) {
            panel = panel(claimId, form, actor, done);
            if (panel.claim().articleId() != articleId) {
                throw ProblemException.notFound(text("claim.not-in-article", articleId, claimId));
            }
        }
        OpenSuggestions open = suggestions.open(article, all, SUGGESTIONS_SHOWN);
        List<ClaimView> onThisText = all.stream()
                .filter(c -> c.articleVersion() == article.version())
                .toList();
        ClaimView reanchoring = reanchorId == null
                ? null
                : all.stream()
                        .filter(c -> c.id() == reanchorId)
                        .findFirst()
                        .orElseThrow(
                                () -> ProblemException.notFound(text("claim.not-in-article", articleId, reanchorId)));
        return new ReadingView(
                article,
                Highlights.segments(article.text(), spans(onThisText), hints(open)),
                all,
                panel,
                form,
                List.of(ReviewState.values()),
                ratings.list(),
                open,
                reanchoring);
    }

    /** The corrections page: the article and the claims waiting after a correction. */
    public record CorrectionsView(ArticleDetail article, List<CorrectionService.Pending> pending, FormState form) {
        /**
         * A refused settling of a claim that no longer waits (a colleague settled it meanwhile):
         * its reason is shown at the top, since the claim has left the list.
         */
        public Form refusedElsewhere() {
            if (!form.form().startsWith(FormName.ANCHOR.key() + "-")) {
                return null;
            }
            boolean listed = pending.stream().anyMatch(p -> form.is(FormName.ANCHOR.key(p.claimId())));
            return listed
                    ? null
                    : Form.of(
                                    FormName.ANCHOR,
                                    Long.parseLong(form.form()
                                            .substring(FormName.ANCHOR.key().length() + 1)),
                                    form)
                            .at("/workspace/articles/" + article.id() + "/corrections");
        }

        /** Confirming or selecting again the place of one waiting claim. */
        public Form anchor(CorrectionService.Pending pending) {
            return Form.of(FormName.ANCHOR, pending.claimId(), form)
                    .at("/workspace/articles/" + article.id() + "/corrections");
        }
    }

    public CorrectionsView corrections(long articleId, FormState form) {
        return new CorrectionsView(articles.get(articleId), corrections.pending(articleId), form);
    }

    public ClaimPanel panel(long claimId, FormState form, Actor actor) {
        return panel(claimId, form, actor, null);
    }

    public ClaimPanel panel(long claimId, FormState form, Actor actor, Action done) {
        ClaimView claim = claims.get(claimId, actor);
        return new ClaimPanel(
                claim,
                sources.list(claimId),
                review.history(claimId),
                comments.threads(claimId),
                ratings.list(),
                peopleOrNone(),
                form,
                ClaimPanel.once(() -> similar.of(claimId)),
                done,
                claim.state().isLocked()
                        ? site.snapshot(claimId).map(PublicClaim::path).orElse(null)
                        : null,
                claims.minSources());
    }

    /**
     * The verdict form filled in from the verdict of the original this claim repeats: offered,
     * not saved, until the reviewer checks it and saves.
     */
    public FormState draftFromOriginal(long claimId) {
        SimilarClaims.Checked original = similar.of(claimId).repeatOf();
        if (original == null || original.verdict() == null) {
            return FormState.NONE;
        }
        VerdictView v = original.verdict();
        Map<String, String> values = new HashMap<>();
        values.put("ratingId", String.valueOf(v.rating().id()));
        values.put("conclusion", v.conclusion());
        values.put("rationale", v.rationale() == null ? "" : v.rationale());
        values.put("draft", String.valueOf(original.claimId()));
        return new FormState(FormName.VERDICT.key(), values, Map.of(), null);
    }

    private static List<Highlights.Span> spans(List<ClaimView> claims) {
        return claims.stream()
                .map(c -> new Highlights.Span(
                        c.id(),
                        c.position().start(),
                        c.position().end(),
                        c.state().name(),
                        c.verdict() == null
                                ? null
                                : "rating-" + c.verdict().rating().id()))
                .toList();
    }

    private static List<Highlights.Hint> hints(OpenSuggestions open) {
        List<Highlights.Hint> hints = new ArrayList<>();
        for (int i = 0; i < open.suggestions().size(); i++) {
            Suggestion s = open.suggestions().get(i);
            hints.add(new Highlights.Hint(
                    i + 1,
                    s.start(),
                    s.end(),
                    s.reasons().stream().map(Reason::label).collect(Collectors.joining(", "))));
        }
        return hints;
    }

    /** The page still works when Keycloak's user list is unreachable; only the assignee choice is empty. */
    private List<Person> peopleOrNone() {
        try {
            return people.list();
        } catch (ProblemException unavailable) {
            return List.of();
        }
    }

    public List<RatingView> ratings() {
        return ratings.list();
    }
}

package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleVersion;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimRequests.SelectorInput;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ClaimViews.Selector;
import org.factdesk.security.Actor;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/** Selecting a claim in an article and correcting its details: the claim's own commands, through ClaimChanges. */
@ApplicationScoped
public class ClaimCommands {

    private final ClaimChanges changes;
    private final ClaimService claims;

    private final ArticleService articles;

    ClaimCommands(ClaimChanges changes, ClaimService claims, ArticleService articles) {
        this.articles = articles;
        this.changes = changes;
        this.claims = claims;
    }

    @Transactional
    public ClaimView create(long articleId, CreateClaim request, Actor actor) {
        articles.find(articleId).orElseThrow(() -> ProblemException.notFound(text("article.not-found", articleId)));
        ArticleVersion text = (request.articleVersion() == null
                        ? articles.latest(articleId)
                        : articles.version(articleId, request.articleVersion()))
                .orElseThrow(() -> ProblemException.invalid(
                        "articleVersion", text("article.no-version", articleId, request.articleVersion())));
        TextAnchor.Span span = anchor(text.body, request.selectors());
        Claim claim = changes.create(
                articleId,
                text.versionNo,
                span,
                new Claim.Details(
                        Inputs.text(request.claimant()),
                        request.claimDate(),
                        Inputs.enumValue("claimType", request.claimType(), ClaimType.class, ClaimType.OTHER),
                        Inputs.text(request.whySelected()),
                        tags(request.tags())),
                actor);
        return claims.viewAfterChange(claim, actor);
    }

    /** Tags as stored: trimmed, no empty ones, each once, in the order given. */
    private static List<String> tags(List<String> given) {
        return given == null
                ? List.of()
                : given.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
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
        ClaimChanges.Locked locked = changes.lock(id, details.version(), ClaimChanges.Conflict.DETAILS);
        Claim claim = locked.claim();
        ReviewService.requireEditable(claim, "claim.what.details");
        Claim.Details after = new Claim.Details(
                Inputs.text(details.claimant()),
                details.claimDate(),
                Inputs.enumValue("claimType", details.claimType(), ClaimType.class, ClaimType.OTHER),
                Inputs.text(details.whySelected()),
                tags(details.tags()));
        Claim.Details before = claim.details();
        if (after.equals(before)) {
            return claims.view(claim, actor);
        }
        Map<String, Object> was = new java.util.LinkedHashMap<>();
        was.put("claimant", before.claimant());
        was.put(
                "claimDate",
                before.claimDate() == null ? null : before.claimDate().toString());
        was.put("claimType", before.claimType().apiName());
        was.put("whySelected", before.whySelected());
        was.put("tags", before.tags());
        changes.replaceDetails(locked, after, was, actor);
        return claims.viewAfterChange(claim, actor);
    }
}

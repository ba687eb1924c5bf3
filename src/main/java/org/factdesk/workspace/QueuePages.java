package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ReviewService;
import org.factdesk.publication.PublicClaim;
import org.factdesk.publication.PublicSite;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.security.Actor;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.source.SourceService;
import org.factdesk.source.SourceViews.SourceView;

/** The editors' approval queue: decide without leaving it; it refreshes itself live. */
@Path("/workspace/queue")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class QueuePages {

    /** One claim in the queue, with what the editor needs to decide. */
    public record QueueItem(ClaimView claim, String articleTitle, VerdictView previous, List<SourceView> sources) {
        public String exact() {
            return claim.quote().exact();
        }

        public boolean verdictChanged() {
            return previous != null;
        }

        public boolean canPublish() {
            return claim.allowedActions().contains(Action.PUBLISH);
        }
    }

    /** The decision just taken in the queue, to confirm: which, on which claim, and its public page. */
    public record Done(Action action, ClaimView claim, String publicPath) {}

    public record QueueView(List<QueueItem> awaiting, List<QueueItem> approved, FormState form, Done done) {
        /** The decision on one queued claim, with a reason. */
        public Form decision(QueueItem item) {
            return Form.of(FormName.QUEUE, item.claim().id(), form)
                    .at("/workspace/queue")
                    .limitedBy(TransitionRequest.class)
                    .ids("%s-" + item.claim().id());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);

        static native TemplateInstance queue$items(QueueView view);
    }

    private final ClaimService claims;
    private final ArticleService articles;
    private final SourceService sources;
    private final ReviewService review;
    private final CurrentUser user;
    private final PublicSite site;

    QueuePages(
            ClaimService claims,
            ArticleService articles,
            SourceService sources,
            ReviewService review,
            CurrentUser user,
            PublicSite site) {
        this.site = site;
        this.claims = claims;
        this.articles = articles;
        this.sources = sources;
        this.review = review;
        this.user = user;
    }

    @GET
    public TemplateInstance queue(@QueryParam("done") String done, @QueryParam("claim") Long claimId) {
        Action action = done == null ? null : Action.fromApiName(done).orElse(null);
        if (action == null || claimId == null) {
            return Templates.queue(view(FormState.NONE));
        }
        Actor actor = user.actor();
        ClaimView claim = claims.get(claimId, actor);
        String publicPath = claim.state().isLocked()
                ? site.snapshot(claimId).map(PublicClaim::path).orElse(null)
                : null;
        return Templates.queue(view(FormState.NONE, new Done(action, claim, publicPath)));
    }

    @GET
    @Path("items")
    public TemplateInstance items() {
        return Templates.queue$items(view(FormState.NONE));
    }

    QueueView view(FormState form) {
        return view(form, null);
    }

    private QueueView view(FormState form, Done done) {
        Actor actor = user.actor();
        return new QueueView(
                items(ReviewState.AWAITING_APPROVAL, actor), items(ReviewState.APPROVED, actor), form, done);
    }

    /** A fixed number of queries however long the queue is. */
    private List<QueueItem> items(ReviewState state, Actor actor) {
        List<ClaimView> waiting = claims.waitingIn(state, actor);
        List<Long> ids = waiting.stream().map(ClaimView::id).toList();
        Map<Long, String> titles =
                articles.titles(waiting.stream().map(ClaimView::articleId).collect(Collectors.toSet()));
        Map<Long, VerdictView> previous = review.previousVerdicts(ids);
        Map<Long, List<SourceView>> sourcesOf = sources.listFor(ids);
        return waiting.stream()
                .map(c -> new QueueItem(
                        c, titles.get(c.articleId()), previous.get(c.id()), sourcesOf.getOrDefault(c.id(), List.of())))
                .toList();
    }

    static TemplateInstance page(QueueView view) {
        return Templates.queue(view);
    }
}

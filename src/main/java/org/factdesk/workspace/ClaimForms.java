package org.factdesk.workspace;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.factdesk.claim.ClaimRequests.ClaimDetails;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimService;
import org.factdesk.collaboration.CommentService;
import org.factdesk.collaboration.CommentViews.NewComment;
import org.factdesk.correction.CorrectionService;
import org.factdesk.repeat.SimilarClaims;
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewRequests.VerdictRequest;
import org.factdesk.claim.ReviewService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.source.SourceService;
import org.factdesk.source.SourceViews.SourceRequest;
import org.factdesk.web.ProblemException;

/**
 * The claim panel's forms. Each posts, then redirects back to the claim (post, redirect,
 * get); a refused save shows the page again with the user's input and the reason.
 */
@Path("/workspace/claims")
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class ClaimForms {

    private final ReviewService review;
    private final SourceService sources;
    private final CommentService comments;
    private final WorkspaceViews views;
    private final CurrentUser user;
    private final Forms forms;
    private final QueuePages queue;
    private final SimilarClaims similar;
    private final ClaimCommands commands;
    private final CorrectionService corrections;

    ClaimForms(ReviewService review, SourceService sources, CommentService comments, WorkspaceViews views,
            CurrentUser user, Forms forms, QueuePages queue, SimilarClaims similar,
            CorrectionService corrections, ClaimCommands commands) {
        this.commands = commands;
        this.similar = similar;
        this.corrections = corrections;
        this.queue = queue;
        this.review = review;
        this.sources = sources;
        this.comments = comments;
        this.views = views;
        this.user = user;
        this.forms = forms;
    }

    /** The claim panel's read-only part, refreshed live; the forms stay as the user left them. */
    @GET
    @Path("{claimId}/status")
    public TemplateInstance status(@PathParam("claimId") long claimId) {
        return ReadingPages.Templates.panel$status(views.panel(claimId, FormState.NONE, user.actor()));
    }

    @POST
    @Path("{claimId}/transition")
    public Response transition(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        if ("queue".equals(form.getFirst("return"))) {
            return decideInQueue(claimId, form);
        }
        return save(claimId, "action", form, "actions", () -> {
            TransitionRequest request = new TransitionRequest(form.getFirst("action"), forms.number(form, "version"),
                    form.getFirst("reason"), form.getFirst("assignee"));
            forms.validate(request);
            review.transition(claimId, request, user.actor());
        });
    }

    @POST
    @Path("{claimId}/verdict")
    public Response verdict(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "verdict", form, "verdict", () -> {
            VerdictRequest request = new VerdictRequest(forms.number(form, "version"), forms.number(form, "ratingId"),
                    form.getFirst("conclusion"), form.getFirst("rationale"));
            forms.validate(request);
            review.proposeVerdict(claimId, request, user.actor());
        });
    }

    @POST
    @Path("{claimId}/sources")
    public Response addSource(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "source", form, "sources", () -> {
            SourceRequest request = new SourceRequest(null, form.getFirst("url"), form.getFirst("title"),
                    form.getFirst("publisher"), forms.date(form, "accessedOn"), form.getFirst("archivedUrl"),
                    form.getFirst("quotedPassage"), form.getFirst("stance"), form.getFirst("kind"));
            forms.validate(request);
            sources.add(claimId, request, forms.number(form, "version"), user.actor());
        });
    }

    @POST
    @Path("{claimId}/sources/{sourceId}")
    public Response editSource(@PathParam("claimId") long claimId, @PathParam("sourceId") long sourceId,
            MultivaluedMap<String, String> form) {
        return save(claimId, "source-" + sourceId, form, "sources", () -> {
            SourceRequest request = new SourceRequest(null, form.getFirst("url"), form.getFirst("title"),
                    form.getFirst("publisher"), forms.date(form, "accessedOn"), form.getFirst("archivedUrl"),
                    form.getFirst("quotedPassage"), form.getFirst("stance"), form.getFirst("kind"));
            forms.validate(request);
            sources.update(claimId, sourceId, request, forms.number(form, "version"), user.actor());
        });
    }

    @POST
    @Path("{claimId}/sources/{sourceId}/remove")
    public Response removeSource(@PathParam("claimId") long claimId, @PathParam("sourceId") long sourceId,
            MultivaluedMap<String, String> form) {
        return save(claimId, "source-" + sourceId, form, "sources",
                () -> sources.remove(claimId, sourceId, forms.number(form, "version"), user.actor()));
    }

    @POST
    @Path("{claimId}/comments")
    public Response comment(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "comment", form, "comments", () -> {
            NewComment request = new NewComment(form.getFirst("body"), forms.number(form, "parentId"));
            forms.validate(request);
            comments.add(claimId, request, user.actor());
        });
    }

    @POST
    @Path("{claimId}/comments/{commentId}/resolve")
    public Response resolve(@PathParam("claimId") long claimId, @PathParam("commentId") long commentId,
            MultivaluedMap<String, String> form) {
        return save(claimId, "comment-" + commentId, form, "comments",
                () -> comments.resolve(claimId, commentId, !"false".equals(form.getFirst("resolved")), user.actor()));
    }

    /** The claimant, date, type, reason and tags, corrected. */
    @POST
    @Path("{claimId}/details")
    public Response details(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "details", form, "claim-details", () -> {
            ClaimDetails details = new ClaimDetails(forms.number(form, "version"), form.getFirst("claimant"),
                    forms.date(form, "claimDate"), form.getFirst("claimType"), form.getFirst("whySelected"),
                    forms.tags(form.getFirst("tags")));
            forms.validate(details);
            commands.updateDetails(claimId, details, user.actor());
        });
    }

    /** "Already checked?": this claim repeats an earlier one. */
    @POST
    @Path("{claimId}/repeat")
    public Response linkRepeat(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "repeat", form, "already-checked",
                () -> similar.link(claimId, forms.number(form, "claimId"), forms.number(form, "version"), user.actor()));
    }

    @POST
    @Path("{claimId}/repeat/remove")
    public Response unlinkRepeat(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return save(claimId, "repeat", form, "already-checked", () -> similar.unlink(claimId, forms.number(form, "version"), user.actor()));
    }

    /** After a correction: the proposed place is right. */
    @POST
    @Path("{claimId}/anchor/confirm")
    public Response confirmAnchor(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return settle(claimId, form, () -> corrections.confirm(claimId, forms.number(form, "version"), user.actor()));
    }

    /** After a correction: the quote, selected again in the corrected text. */
    @POST
    @Path("{claimId}/anchor")
    public Response reselectAnchor(@PathParam("claimId") long claimId, MultivaluedMap<String, String> form) {
        return settle(claimId, form, () -> corrections.reselect(claimId, forms.integer(form, "start"), forms.integer(form, "end"),
                forms.multiline(form, "exact"), forms.number(form, "version"), user.actor()));
    }

    /** Settled: back to the claim; refused: the corrections page with the reason. */
    private Response settle(long claimId, MultivaluedMap<String, String> form, Runnable change) {
        long articleId = ClaimService.articleOf(claimId);
        try {
            change.run();
            return Response.seeOther(URI.create("/workspace/articles/" + articleId + "/claims/" + claimId)).build();
        } catch (ProblemException problem) {
            FormState state = forms.state("anchor-" + claimId, form, problem);
            return forms.page(problem, ReadingPages.Templates.corrections(views.corrections(articleId, state)));
        }
    }

    /** A decision taken in the approval queue returns there. */
    private Response decideInQueue(long claimId, MultivaluedMap<String, String> form) {
        try {
            TransitionRequest request = new TransitionRequest(form.getFirst("action"), forms.number(form, "version"),
                    form.getFirst("reason"), null);
            forms.validate(request);
            review.transition(claimId, request, user.actor());
            return Response.seeOther(URI.create("/workspace/queue")).build();
        } catch (ProblemException problem) {
            FormState state = forms.state("queue-" + claimId, form, problem);
            return forms.page(problem, QueuePages.page(queue.view(state)));
        }
    }

    private Response save(long claimId, String formName, MultivaluedMap<String, String> form, String anchor, Runnable change) {
        long articleId = ClaimService.articleOf(claimId);
        try {
            change.run();
            return Response.seeOther(URI.create("/workspace/articles/" + articleId + "/claims/" + claimId + "#" + anchor)).build();
        } catch (ProblemException problem) {
            FormState state = forms.state(formName, form, problem);
            return forms.page(problem, ReadingPages.Templates.read(views.reading(articleId, claimId, state, user.actor())));
        }
    }

}

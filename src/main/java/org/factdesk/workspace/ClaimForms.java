package org.factdesk.workspace;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ReviewService;
import org.factdesk.collaboration.CommentService;
import org.factdesk.correction.CorrectionService;
import org.factdesk.repeat.SimilarClaims;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.source.SourceService;
import org.factdesk.workspace.FormInputs.Comment;
import org.factdesk.workspace.FormInputs.Details;
import org.factdesk.workspace.FormInputs.Quoted;
import org.factdesk.workspace.FormInputs.Repeat;
import org.factdesk.workspace.FormInputs.Resolution;
import org.factdesk.workspace.FormInputs.Source;
import org.factdesk.workspace.FormInputs.Transition;
import org.factdesk.workspace.FormInputs.Verdict;
import org.factdesk.workspace.FormInputs.Version;

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
    private final org.factdesk.publication.PublicationService publication;
    private final org.factdesk.publication.PublicPages publicPages;

    ClaimForms(
            ReviewService review,
            SourceService sources,
            CommentService comments,
            WorkspaceViews views,
            CurrentUser user,
            Forms forms,
            QueuePages queue,
            SimilarClaims similar,
            CorrectionService corrections,
            ClaimCommands commands,
            org.factdesk.publication.PublicationService publication,
            org.factdesk.publication.PublicPages publicPages) {
        this.publication = publication;
        this.publicPages = publicPages;
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

    /** The panel's bar (state, next step, sections), refreshed live with the status. */
    @GET
    @Path("{claimId}/bar")
    public TemplateInstance bar(@PathParam("claimId") long claimId) {
        return ReadingPages.Templates.panel$bar(views.panel(claimId, FormState.NONE, user.actor()));
    }

    /** The public page the claim would get if published now: what the editor is about to publish. */
    @GET
    @Path("{claimId}/preview")
    public Response preview(@PathParam("claimId") long claimId) {
        return publication
                .preview(claimId, user.getUsername())
                .map(draft -> Response.ok(publicPages.preview(draft))
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .build())
                .orElseThrow(() -> org.factdesk.web.ProblemException.notFound(
                        org.factdesk.web.Texts.text("claim.no-verdict-to-preview", claimId)));
    }

    /** A workflow action; one decided in the approval queue returns there. */
    @POST
    @Path("{claimId}/transition")
    public Response transition(@PathParam("claimId") long claimId, @BeanParam Transition form) {
        if (form.inQueue()) {
            return forms.submit(
                    form,
                    FormName.QUEUE.key(claimId),
                    request -> {
                        review.transition(claimId, request, user.actor());
                        return URI.create("/workspace/queue?done=" + done(request.action()) + "&claim=" + claimId);
                    },
                    state -> QueuePages.page(queue.view(state)));
        }
        return forms.submit(
                form,
                form.setApart() ? FormName.APART.key() : FormName.ACTION.key(),
                request -> {
                    review.transition(claimId, request, user.actor());
                    return URI.create(claim(claimId, null) + "?done=" + done(request.action()));
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/verdict")
    public Response verdict(@PathParam("claimId") long claimId, @BeanParam Verdict form) {
        return forms.submit(
                form,
                FormName.VERDICT.key(),
                request -> {
                    review.proposeVerdict(claimId, request, user.actor());
                    return claim(claimId, "verdict");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/sources")
    public Response addSource(@PathParam("claimId") long claimId, @BeanParam Source form) {
        return forms.submit(
                form,
                FormName.SOURCE.key(),
                request -> {
                    sources.add(claimId, request, request.version(), user.actor());
                    return claim(claimId, "sources");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/sources/{sourceId}")
    public Response editSource(
            @PathParam("claimId") long claimId, @PathParam("sourceId") long sourceId, @BeanParam Source form) {
        return forms.submit(
                form,
                FormName.SOURCE.key(sourceId),
                request -> {
                    sources.update(claimId, sourceId, request, request.version(), user.actor());
                    return claim(claimId, "sources");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/sources/{sourceId}/remove")
    public Response removeSource(
            @PathParam("claimId") long claimId, @PathParam("sourceId") long sourceId, @BeanParam Version form) {
        return forms.submit(
                form,
                FormName.SOURCE.key(sourceId),
                version -> {
                    sources.remove(claimId, sourceId, version, user.actor());
                    return claim(claimId, "sources");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/comments")
    public Response comment(@PathParam("claimId") long claimId, @BeanParam Comment form) {
        return forms.submit(
                form,
                FormName.COMMENT.key(),
                request -> {
                    comments.add(claimId, request, user.actor());
                    return claim(claimId, "comments");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/comments/{commentId}/resolve")
    public Response resolve(
            @PathParam("claimId") long claimId, @PathParam("commentId") long commentId, @BeanParam Resolution form) {
        return forms.submit(
                form,
                FormName.COMMENT.key(commentId),
                resolved -> {
                    comments.resolve(claimId, commentId, resolved, user.actor());
                    return claim(claimId, "comments");
                },
                reading(claimId));
    }

    /** The claimant, date, type, reason and tags, corrected. */
    @POST
    @Path("{claimId}/details")
    public Response details(@PathParam("claimId") long claimId, @BeanParam Details form) {
        return forms.submit(
                form,
                FormName.DETAILS.key(),
                request -> {
                    commands.updateDetails(claimId, request, user.actor());
                    return claim(claimId, "claim-details");
                },
                reading(claimId));
    }

    /** "Already checked?": this claim repeats an earlier one. */
    @POST
    @Path("{claimId}/repeat")
    public Response linkRepeat(@PathParam("claimId") long claimId, @BeanParam Repeat form) {
        return forms.submit(
                form,
                FormName.REPEAT.key(),
                original -> {
                    similar.link(claimId, original, form.claimVersion(), user.actor());
                    return claim(claimId, "already-checked");
                },
                reading(claimId));
    }

    @POST
    @Path("{claimId}/repeat/remove")
    public Response unlinkRepeat(@PathParam("claimId") long claimId, @BeanParam Version form) {
        return forms.submit(
                form,
                FormName.REPEAT.key(),
                version -> {
                    similar.unlink(claimId, version, user.actor());
                    return claim(claimId, "already-checked");
                },
                reading(claimId));
    }

    /** After a correction: the proposed place is right. */
    @POST
    @Path("{claimId}/anchor/confirm")
    public Response confirmAnchor(@PathParam("claimId") long claimId, @BeanParam Version form) {
        return forms.submit(
                form,
                FormName.ANCHOR.key(claimId),
                version -> {
                    corrections.confirm(claimId, version, user.actor());
                    return claim(claimId, null);
                },
                corrections(claimId));
    }

    /** After a correction: the quote, selected again in the corrected text. */
    @POST
    @Path("{claimId}/anchor")
    public Response reselectAnchor(@PathParam("claimId") long claimId, @BeanParam Quoted form) {
        return forms.submit(
                form,
                FormName.ANCHOR.key(claimId),
                quote -> {
                    corrections.reselect(
                            claimId, quote.start(), quote.end(), quote.exact(), form.claimVersion(), user.actor());
                    return claim(claimId, null);
                },
                corrections(claimId));
    }

    /** The action just taken, for the page that confirms it. */
    private static String done(String action) {
        return java.net.URLEncoder.encode(
                action.strip().toLowerCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The claim in its article, at one of the panel's sections. */
    private static URI claim(long claimId, String section) {
        return URI.create("/workspace/articles/" + ClaimService.articleOf(claimId) + "/claims/" + claimId
                + (section == null ? "" : "#" + section));
    }

    /** Refused: the article with the claim open and the form as the person left it. */
    private Function<FormState, TemplateInstance> reading(long claimId) {
        return state -> ReadingPages.Templates.read(
                views.reading(ClaimService.articleOf(claimId), claimId, state, user.actor()));
    }

    /** Refused while settling a correction: the corrections page with the reason. */
    private Function<FormState, TemplateInstance> corrections(long claimId) {
        return state -> ReadingPages.Templates.corrections(views.corrections(ClaimService.articleOf(claimId), state));
    }
}

package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.collaboration.Presence;
import org.factdesk.correction.CorrectionService;
import org.factdesk.review.Action;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.suggestion.SuggestionService;
import org.factdesk.web.ProblemException;
import org.factdesk.web.Texts;
import org.factdesk.workspace.FormInputs.Correction;
import org.factdesk.workspace.FormInputs.Quoted;
import org.factdesk.workspace.FormInputs.Selection;
import org.factdesk.workspace.WorkspaceViews.ReadingView;

/** The article reading view: highlights, selecting a new claim, and the claim panel. */
@Path("/workspace/articles")
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReadingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance read(ReadingView view);

        static native TemplateInstance read$text(ReadingView view);

        static native TemplateInstance presence(List<Presence.Reader> readers);

        static native TemplateInstance panel$status(ClaimPanel panel);

        static native TemplateInstance panel$bar(ClaimPanel panel);

        static native TemplateInstance corrections(WorkspaceViews.CorrectionsView view);

        static native TemplateInstance suggestions(ReadingView view);

        static native TemplateInstance corrections$queue(WorkspaceViews.CorrectionsView view);
    }

    private final WorkspaceViews views;
    private final ClaimCommands claims;
    private final CurrentUser user;
    private final Forms forms;
    private final Presence presence;
    private final SuggestionService suggestions;
    private final CorrectionService corrections;

    ReadingPages(
            WorkspaceViews views,
            ClaimCommands claims,
            CurrentUser user,
            Forms forms,
            Presence presence,
            SuggestionService suggestions,
            CorrectionService corrections) {
        this.suggestions = suggestions;
        this.corrections = corrections;
        this.presence = presence;
        this.views = views;
        this.claims = claims;
        this.user = user;
        this.forms = forms;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance read(@PathParam("id") long id, @QueryParam("reanchor") Long reanchor) {
        return Templates.read(views.reading(id, null, FormState.NONE, user.actor(), reanchor, null));
    }

    @GET
    @Path("{id}/claims/{claimId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance readClaim(
            @PathParam("id") long id,
            @PathParam("claimId") long claimId,
            @QueryParam("draft") String draft,
            @QueryParam("done") String done) {
        FormState form = "repeat".equals(draft) ? views.draftFromOriginal(claimId) : FormState.NONE;
        Action confirmed = done == null ? null : Action.fromApiName(done).orElse(null);
        return Templates.read(views.reading(id, claimId, form, user.actor(), null, confirmed));
    }

    /** The highlighted text alone, refreshed live when claims change. */
    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance text(@PathParam("id") long id) {
        return Templates.read$text(views.reading(id, null, FormState.NONE, user.actor()));
    }

    /** The "Worth checking" list alone, refreshed live when suggestions or claims change. */
    @GET
    @Path("{id}/suggestions")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance suggestions(@PathParam("id") long id) {
        return Templates.suggestions(views.reading(id, null, FormState.NONE, user.actor()));
    }

    /** Who else has the article open, refreshed live. */
    @GET
    @Path("{id}/presence")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance presence(@PathParam("id") long id) {
        return Templates.presence(presence.readers(id, user.getUsername()));
    }

    /** Creates a claim from the selection the browser measured; then shows it (post, redirect, get). */
    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@PathParam("id") long id, @BeanParam Selection form) {
        return forms.submit(
                form,
                FormName.SELECTION.key(),
                request ->
                        claimPage(id, claims.create(id, request, user.actor()).id()),
                readAgain(id));
    }

    /** One click: the suggested phrase becomes a claim, which then opens. */
    @POST
    @Path("{id}/suggestions/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response claimSuggestion(@PathParam("id") long id, @BeanParam Quoted form) {
        return forms.submit(
                form,
                FormName.SUGGESTIONS.key(),
                quote -> {
                    if (quote.start() == null || quote.end() == null) {
                        throw ProblemException.invalid("start", Texts.text("selector.position-incomplete"));
                    }
                    ClaimView claim = suggestions.claim(
                            id, form.articleVersion(), quote.start(), quote.end(), quote.exact(), user.actor());
                    return claimPage(id, claim.id());
                },
                readAgain(id));
    }

    /** Dismisses a suggested phrase for everyone; the article shows the next suggestion. */
    @POST
    @Path("{id}/suggestions/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response dismissSuggestion(@PathParam("id") long id, @BeanParam Quoted form) {
        return forms.submit(
                form,
                FormName.SUGGESTIONS.key(),
                quote -> {
                    suggestions.dismiss(id, quote.exact(), user.actor());
                    return URI.create("/workspace/articles/" + id + "#suggestions");
                },
                readAgain(id));
    }

    @POST
    @Path("{id}/suggestions/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response restoreSuggestions(@PathParam("id") long id) {
        suggestions.restore(id);
        return Response.seeOther(URI.create("/workspace/articles/" + id + "#suggestions"))
                .build();
    }

    /** The publisher corrected the article: the pasted text becomes the next version. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response correct(@PathParam("id") long id, @BeanParam Correction form) {
        return forms.submit(
                form,
                FormName.CORRECTION.key(),
                correction -> {
                    CorrectionService.Correction done =
                            corrections.correct(id, correction.text(), correction.note(), user.actor());
                    return URI.create("/workspace/articles/" + id + (done.waiting() > 0 ? "/corrections" : ""));
                },
                readAgain(id));
    }

    /** The claims a correction left waiting, each with both versions of its passage side by side. */
    @GET
    @Path("{id}/corrections")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance corrections(@PathParam("id") long id) {
        return Templates.corrections(views.corrections(id, FormState.NONE));
    }

    /** The waiting claims alone, refreshed live when a colleague settles one. */
    @GET
    @Path("{id}/corrections/queue")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance correctionsQueue(@PathParam("id") long id) {
        return Templates.corrections$queue(views.corrections(id, FormState.NONE));
    }

    private static URI claimPage(long articleId, long claimId) {
        return URI.create("/workspace/articles/" + articleId + "/claims/" + claimId);
    }

    /** The article again, with the refused form's input and the reason next to it. */
    private Function<FormState, TemplateInstance> readAgain(long id) {
        return state -> Templates.read(views.reading(id, null, state, user.actor()));
    }
}

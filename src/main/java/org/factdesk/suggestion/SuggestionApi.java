package org.factdesk.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.suggestion.SuggestionService.OpenSuggestions;
import org.factdesk.web.Inputs;

/**
 * The phrases of an article most worth checking. A reviewer turns one into a claim by its
 * offsets (POST /api/articles/{id}/claims) or dismisses it; dismissed and claimed phrases are
 * no longer suggested.
 */
@Path("/api/articles/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class SuggestionApi {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    /** POST body: the phrase as the suggestion gave it. */
    public record Dismissal(String exact) {}

    /** DELETE answer: how many dismissed phrases are suggested again. */
    public record Restored(int restored) {}

    private final SuggestionService suggestions;
    private final CurrentUser user;

    SuggestionApi(SuggestionService suggestions, CurrentUser user) {
        this.suggestions = suggestions;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "The phrases most worth checking in the article's latest version, best first,"
                    + " each with its reasons; start and end are UTF-16 offsets as for claims;"
                    + " dismissed phrases and claimed spans are left out")
    @APIResponse(responseCode = "422", description = "limit outside 1 to 50")
    public OpenSuggestions suggestions(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        return suggestions.open(id, Inputs.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), user.actor());
    }

    @POST
    @Path("dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a suggested phrase: it is no longer suggested in this article, in any version")
    @APIResponse(responseCode = "204", description = "dismissed (or already dismissed)")
    @APIResponse(responseCode = "422", description = "the phrase is not in the article's latest version")
    public void dismiss(@PathParam("id") long id, Dismissal body) {
        suggestions.dismiss(id, body == null ? null : body.exact(), user.actor());
    }

    @DELETE
    @Path("dismissals")
    @Operation(summary = "Suggest every dismissed phrase of the article again")
    public Restored restore(@PathParam("id") long id) {
        return new Restored(suggestions.restore(id));
    }
}

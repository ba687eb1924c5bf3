package org.factdesk.correction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.correction.CorrectionService.Correction;
import org.factdesk.correction.CorrectionService.Pending;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;

/** Article corrections in the API: a new version of the text, and the claims it left waiting. */
@Path("/api/articles/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class CorrectionApi {

    /** POST body: the whole corrected text, and what changed in the reviewer's words. */
    public record NewVersion(String text, String note) {}

    private final CorrectionService corrections;
    private final CurrentUser user;

    CorrectionApi(CorrectionService corrections, CurrentUser user) {
        this.corrections = corrections;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add the publisher's corrected text as the next version; every claim is carried over: moved"
                    + " (anchored), or left waiting with a proposed place (fuzzy) or none (orphaned)")
    @APIResponse(responseCode = "201", description = "the new version and what happened to each claim")
    @APIResponse(responseCode = "413", description = "the text is over the size limit")
    @APIResponse(responseCode = "422", description = "no text, or exactly the current text")
    public Response add(@PathParam("id") long id, NewVersion body) {
        Correction done = corrections.correct(
                id, body == null ? null : body.text(), body == null ? null : body.note(), user.actor());
        return Response.created(URI.create("/api/articles/" + id)).entity(done).build();
    }

    @GET
    @Path("pending")
    @Operation(summary = "The claims waiting after a correction, with both versions of the passage around each")
    public List<Pending> pending(@PathParam("id") long id) {
        return corrections.pending(id);
    }
}

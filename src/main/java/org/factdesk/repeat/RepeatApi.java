package org.factdesk.repeat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.repeat.SimilarClaims.Similar;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

/** "Already checked?" in the API: similar earlier claims, and the repeat link. */
@Path("/api/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class RepeatApi {

    /**
     * PUT body: the earlier claim this one repeats, and the version of this claim the change is based on
     * (or If-Match).
     */
    public record RepeatOf(Long claimId, Long version) {}

    private final SimilarClaims similar;
    private final CurrentUser user;

    RepeatApi(SimilarClaims similar, CurrentUser user) {
        this.similar = similar;
        this.user = user;
    }

    @GET
    @Path("similar")
    @Operation(
            summary = "Earlier checked claims (with a verdict, in any article) that say the same, best first, each with"
                    + " its score, band (likely-same or similar) and the differences found; or the linked original")
    public Similar similar(@PathParam("id") long id) {
        return similar.of(id);
    }

    @PUT
    @Path("repeat-of")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mark the claim as a repeat of an earlier checked claim; its verdict is offered, never applied")
    @APIResponse(responseCode = "409", description = "stale version")
    @APIResponse(responseCode = "422", description = "no such claim, the claim itself, or a claim without a verdict")
    @APIResponse(responseCode = "428", description = "no version given")
    public Similar link(@PathParam("id") long id, RepeatOf body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return similar.link(
                id,
                body == null ? null : body.claimId(),
                Versions.basedOn(body == null ? null : body.version(), ifMatch),
                user.actor());
    }

    @DELETE
    @Path("repeat-of")
    @Operation(summary = "Remove the repeat link (the claim's version as If-Match, or ?version=)")
    @APIResponse(responseCode = "409", description = "stale version")
    @APIResponse(responseCode = "428", description = "no version given")
    public Similar unlink(
            @PathParam("id") long id,
            @QueryParam("version") Long version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return similar.unlink(id, Versions.basedOn(version, ifMatch), user.actor());
    }
}

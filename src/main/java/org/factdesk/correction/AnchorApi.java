package org.factdesk.correction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

/** Settling a claim a correction left waiting: confirm the proposed place, or select the quote again. */
@Path("/api/claims/{id}/anchor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class AnchorApi {

    /**
     * PUT body: the span selected in the corrected text (UTF-16 offsets and the quote seen there),
     * and the claim's version the change is based on (or If-Match).
     */
    public record Selection(Integer start, Integer end, String exact, Long version) {}

    /** POST confirm body: the claim's version the change is based on (or If-Match). */
    public record Based(Long version) {}

    private final CorrectionService corrections;
    private final ClaimService claims;
    private final CurrentUser user;

    AnchorApi(CorrectionService corrections, ClaimService claims, CurrentUser user) {
        this.corrections = corrections;
        this.claims = claims;
        this.user = user;
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Move a fuzzy claim to the place the correction proposed (published claims: editors only)")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "409",
            description = "stale version; the claim is not waiting, or has no proposed place")
    @APIResponse(responseCode = "428", description = "no version given")
    public Response confirm(@PathParam("id") long id, Based body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.confirm(id, Versions.basedOn(body == null ? null : body.version(), ifMatch), user.actor());
        return ClaimViews.withEtag(claims.get(id, user.actor()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move a waiting claim to a span selected in the corrected text (published claims: editors only)")
    @APIResponse(responseCode = "409", description = "stale version, or the claim is not waiting")
    @APIResponse(responseCode = "422", description = "the span does not hold the quote given")
    @APIResponse(responseCode = "428", description = "no version given")
    public Response reselect(
            @PathParam("id") long id, Selection body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        corrections.reselect(
                id,
                body == null ? null : body.start(),
                body == null ? null : body.end(),
                body == null ? null : body.exact(),
                Versions.basedOn(body == null ? null : body.version(), ifMatch),
                user.actor());
        return ClaimViews.withEtag(claims.get(id, user.actor()));
    }
}

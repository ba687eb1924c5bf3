package org.factdesk.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.claim.ClaimRequests.ClaimDetails;
import org.factdesk.claim.ClaimRequests.ClaimFilter;
import org.factdesk.claim.ClaimViews.ClaimPage;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ClaimApi {

    private final ClaimService claims;
    private final ClaimCommands commands;
    private final CurrentUser user;

    ClaimApi(ClaimService claims, ClaimCommands commands, CurrentUser user) {
        this.claims = claims;
        this.commands = commands;
        this.user = user;
    }

    @GET
    @Operation(summary = "Find claims, newest first; pass `next` as `after` for the following page")
    public ClaimPage search(
            @QueryParam("state") String state,
            @QueryParam("assignee") String assignee,
            @QueryParam("article") Long article,
            @QueryParam("rating") Long rating,
            @QueryParam("q") String q,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return claims.search(new ClaimFilter(state, assignee, article, rating, q, after, limit), user.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with the actions you may take on it (allowedActions); its version is the ETag")
    public Response get(@PathParam("id") long id) {
        return ClaimViews.withEtag(claims.get(id, user.actor()));
    }

    @PUT
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the claimant, claim date, type, why selected and tags"
                    + " (while the claim is open for research)")
    @APIResponse(responseCode = "409", description = "stale version, or the claim is not open for research")
    @APIResponse(
            responseCode = "422",
            description = "unknown type, claimant over 300 or reason over 2,000 characters, bad tags")
    public Response updateDetails(
            @PathParam("id") long id,
            @Valid @NotNull ClaimDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClaimDetails based = new ClaimDetails(
                Versions.basedOn(details.version(), ifMatch),
                details.claimant(),
                details.claimDate(),
                details.claimType(),
                details.whySelected(),
                details.tags());
        return ClaimViews.withEtag(commands.updateDetails(id, based, user.actor()));
    }
}

package org.factdesk.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewRequests.VerdictRequest;
import org.factdesk.review.ReviewViews.History;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

/** Moving claims through the workflow, verdicts and history. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReviewApi {

    private final ReviewService review;
    private final CurrentUser user;

    ReviewApi(ReviewService review, CurrentUser user) {
        this.review = review;
        this.user = user;
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Take a workflow action (roles and guards per GET /api/workflow)")
    @APIResponse(responseCode = "200", description = "the claim after the move")
    @APIResponse(responseCode = "403", description = "your role or the four-eyes rule does not allow it")
    @APIResponse(
            responseCode = "409",
            description = "stale version, or the action is not possible in the claim's state")
    @APIResponse(responseCode = "422", description = "missing reason or assignee, unknown action")
    @APIResponse(responseCode = "428", description = "no version given")
    public Response transition(
            @PathParam("id") long id,
            @Valid @NotNull TransitionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TransitionRequest based = new TransitionRequest(
                request.action(), Versions.basedOn(request.version(), ifMatch), request.reason(), request.assignee());
        return ClaimViews.withEtag(review.transition(id, based, user.actor()));
    }

    @PUT
    @Path("{id}/verdict")
    @Operation(summary = "Propose a verdict (a new one; earlier verdicts are kept)")
    @APIResponse(responseCode = "409", description = "stale version, or the claim is not open for research")
    @APIResponse(
            responseCode = "422",
            description = "missing rating or conclusion, conclusion over 280 characters, retired rating")
    public Response proposeVerdict(
            @PathParam("id") long id,
            @Valid @NotNull VerdictRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VerdictRequest based = new VerdictRequest(
                Versions.basedOn(request.version(), ifMatch),
                request.ratingId(),
                request.conclusion(),
                request.rationale());
        return ClaimViews.withEtag(review.proposeVerdict(id, based, user.actor()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Everything that happened to the claim, oldest first, and every verdict it had")
    public History history(@PathParam("id") long id) {
        return review.history(id);
    }
}

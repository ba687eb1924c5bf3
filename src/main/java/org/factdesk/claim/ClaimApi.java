package org.factdesk.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factdesk.claim.ClaimRequests.ClaimFilter;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimViews.ClaimPage;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class ClaimApi {

    private final ClaimService claims;
    private final CurrentUser user;

    ClaimApi(ClaimService claims, CurrentUser user) {
        this.claims = claims;
        this.user = user;
    }

    @POST
    @Path("articles/{articleId}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select a claim in an article, by position (with the quote seen there) or by quote alone")
    @APIResponse(responseCode = "201", description = "the new claim")
    @APIResponse(responseCode = "422", description = "the selectors do not match the text, or the quote is absent or ambiguous (with candidates)")
    public Response create(@PathParam("articleId") long articleId, @Valid @NotNull CreateClaim request) {
        ClaimView created = claims.create(articleId, request, user.actor());
        return Response.created(URI.create("/api/claims/" + created.id())).tag(Versions.etag(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("claims")
    @Operation(summary = "Find claims, newest first; pass `next` as `after` for the following page")
    public ClaimPage search(@QueryParam("state") String state, @QueryParam("assignee") String assignee,
            @QueryParam("article") Long article, @QueryParam("rating") Long rating, @QueryParam("q") String q,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return claims.search(new ClaimFilter(state, assignee, article, rating, q, after, limit), user.actor());
    }

    @GET
    @Path("claims/{id}")
    @Operation(summary = "One claim with the actions you may take on it (allowedActions); its version is the ETag")
    public Response get(@PathParam("id") long id) {
        return Versions.withEtag(claims.get(id, user.actor()));
    }

}

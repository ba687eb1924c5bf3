package org.factdesk.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    private final CurrentUser user;

    ClaimApi(ClaimService claims, CurrentUser user) {
        this.claims = claims;
        this.user = user;
    }

    @GET
    @Operation(summary = "Find claims, newest first; pass `next` as `after` for the following page")
    public ClaimPage search(@QueryParam("state") String state, @QueryParam("assignee") String assignee,
            @QueryParam("article") Long article, @QueryParam("rating") Long rating, @QueryParam("q") String q,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return claims.search(new ClaimFilter(state, assignee, article, rating, q, after, limit), user.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with the actions you may take on it (allowedActions); its version is the ETag")
    public Response get(@PathParam("id") long id) {
        return Versions.withEtag(claims.get(id, user.actor()));
    }

}

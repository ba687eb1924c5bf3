package org.factdesk.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.review.ReviewRequests.RatingOrder;
import org.factdesk.review.ReviewRequests.RatingRequest;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.security.Roles;

/** The rating scale. Everyone on the team reads it; only admins change it. */
@Path("/api/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingApi {

    private final RatingService ratings;

    RatingApi(RatingService ratings) {
        this.ratings = ratings;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "The rating scale in order, retired values included (flagged)")
    public List<RatingView> list() {
        return ratings.list();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a value to the scale (admin)")
    public Response add(@Valid @NotNull RatingRequest request) {
        RatingView created = ratings.add(request);
        return Response.created(URI.create("/api/ratings/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename, redefine, recolour or retire a value (admin); verdicts keep their rating")
    public RatingView update(@PathParam("id") long id, @Valid @NotNull RatingRequest request) {
        return ratings.update(id, request);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reorder the scale (admin): every rating id once, in the new order")
    public List<RatingView> reorder(@Valid @NotNull RatingOrder request) {
        return ratings.reorder(request);
    }
}

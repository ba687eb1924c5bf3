package org.factdesk.collaboration;

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
import org.factdesk.collaboration.CommentViews.CommentView;
import org.factdesk.collaboration.CommentViews.NewComment;
import org.factdesk.collaboration.CommentViews.Resolution;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class CommentApi {

    private final CommentService comments;
    private final CurrentUser user;

    CommentApi(CommentService comments, CurrentUser user) {
        this.comments = comments;
        this.user = user;
    }

    @GET
    @Path("{claimId}/comments")
    @Operation(summary = "The claim's comment threads, oldest first, replies nested")
    public List<CommentView> list(@PathParam("claimId") long claimId) {
        return comments.threads(claimId);
    }

    @POST
    @Path("{claimId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment, or reply with parentId; @username mentions colleagues")
    public Response add(@PathParam("claimId") long claimId, @Valid @NotNull NewComment request) {
        CommentView created = comments.add(claimId, request, user.actor());
        return Response.created(URI.create("/api/claims/" + claimId + "/comments/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{claimId}/comments/{commentId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a comment resolved, or open again")
    public CommentView resolve(
            @PathParam("claimId") long claimId,
            @PathParam("commentId") long commentId,
            @Valid @NotNull Resolution request) {
        return comments.resolve(claimId, commentId, request.resolved(), user.actor());
    }
}

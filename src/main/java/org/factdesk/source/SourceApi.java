package org.factdesk.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.source.SourceViews.SourceChange;
import org.factdesk.source.SourceViews.SourceRequest;
import org.factdesk.source.SourceViews.SourceView;
import org.factdesk.web.Versions;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class SourceApi {

    private final SourceService sources;
    private final CurrentUser user;

    SourceApi(SourceService sources, CurrentUser user) {
        this.sources = sources;
        this.user = user;
    }

    @GET
    @Path("{claimId}/sources")
    @Operation(summary = "The claim's current sources")
    public List<SourceView> list(@PathParam("claimId") long claimId) {
        return sources.list(claimId);
    }

    @POST
    @Path("{claimId}/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a source (http/https only) while the claim is open for research")
    @APIResponse(responseCode = "201", description = "the source and the claim's new version")
    @APIResponse(responseCode = "409", description = "stale claim version, or the claim is locked")
    @APIResponse(responseCode = "422", description = "invalid URL, stance or kind")
    public Response add(
            @PathParam("claimId") long claimId,
            @Valid @NotNull SourceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SourceChange change = sources.add(claimId, request, Versions.basedOn(request.version(), ifMatch), user.actor());
        return Response.created(URI.create(
                        "/api/claims/" + claimId + "/sources/" + change.source().id()))
                .tag(Versions.etag(change.claimVersion()))
                .entity(change)
                .build();
    }

    @PUT
    @Path("{claimId}/sources/{sourceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a source while the claim is open for research")
    public Response update(
            @PathParam("claimId") long claimId,
            @PathParam("sourceId") long sourceId,
            @Valid @NotNull SourceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SourceChange change =
                sources.update(claimId, sourceId, request, Versions.basedOn(request.version(), ifMatch), user.actor());
        return Response.ok(change).tag(Versions.etag(change.claimVersion())).build();
    }

    @DELETE
    @Path("{claimId}/sources/{sourceId}")
    @Operation(
            summary = "Remove a source (kept in the history) while the claim is open for research;"
                    + " name the claim version with If-Match or ?version=")
    public Response remove(
            @PathParam("claimId") long claimId,
            @PathParam("sourceId") long sourceId,
            @QueryParam("version") Long version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SourceChange change = sources.remove(claimId, sourceId, Versions.basedOn(version, ifMatch), user.actor());
        return Response.ok(change).tag(Versions.etag(change.claimVersion())).build();
    }
}

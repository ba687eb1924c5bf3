package org.factdesk.repeat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.factdesk.article.ArticleApi.ArticleDocument;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimCommands;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

/**
 * An article with its claims, and selecting a new claim in it. It lives with "already
 * checked?" because a new claim is answered with the earlier checked claims that say the
 * same: the article and claim features below it know nothing of either.
 */
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticleClaimsApi {

    /** The new claim, and the earlier checked claims that say the same ("already checked?"), best first. */
    public record CreatedClaim(
            @com.fasterxml.jackson.annotation.JsonUnwrapped ClaimView claim,
            List<SimilarClaims.SimilarClaim> alreadyChecked) {}

    private final ArticleService articles;
    private final ClaimService claims;
    private final ClaimCommands commands;
    private final SimilarClaims similar;
    private final CurrentUser user;

    ArticleClaimsApi(
            ArticleService articles,
            ClaimService claims,
            ClaimCommands commands,
            SimilarClaims similar,
            CurrentUser user) {
        this.commands = commands;
        this.articles = articles;
        this.claims = claims;
        this.similar = similar;
        this.user = user;
    }

    @GET
    @Operation(summary = "One article with the text of its latest version and its claims")
    public ArticleDocument get(@PathParam("id") long id) {
        return ArticleDocument.of(articles.get(id), claims.listForArticle(id, user.actor()));
    }

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select a claim in an article, by position (with the quote seen there) or by quote alone")
    @APIResponse(
            responseCode = "201",
            description = "the new claim, with alreadyChecked: the earlier checked claims that say"
                    + " the same, best first; its version is the ETag; the Link header (rel=similar)"
                    + " leads to them again")
    @APIResponse(
            responseCode = "422",
            description = "the selectors do not match the text, or the quote is absent or ambiguous (with candidates)")
    public Response createClaim(@PathParam("id") long id, @Valid @NotNull CreateClaim request) {
        ClaimView created = commands.create(id, request, user.actor());
        return Response.created(URI.create("/api/claims/" + created.id()))
                .tag(Versions.etag(created.version()))
                .link(URI.create("/api/claims/" + created.id() + "/similar"), "similar")
                .entity(new CreatedClaim(created, similar.of(created.id()).matches()))
                .build();
    }
}

package org.factdesk.article;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.article.ArticleViews.NewArticle;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.repeat.SimilarClaims;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Versions;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticleApi {

    /** An article with the text of its latest version and the claims selected in it. */
    public record ArticleDocument(long id, String title, String outlet, String url, String author,
            LocalDate publishedDate, String language, int version, String sha256, String text, List<ClaimView> claims) {
        static ArticleDocument of(ArticleDetail a, List<ClaimView> claims) {
            return new ArticleDocument(a.id(), a.title(), a.outlet(), a.url(), a.author(), a.publishedDate(),
                    a.language(), a.version(), a.sha256(), a.text(), claims);
        }
    }

    private final ArticleService articles;
    private final ClaimService claims;
    private final CurrentUser user;
    private final SimilarClaims similar;

    ArticleApi(ArticleService articles, ClaimService claims, CurrentUser user, SimilarClaims similar) {
        this.similar = similar;
        this.articles = articles;
        this.claims = claims;
        this.user = user;
    }

    @GET
    @Operation(summary = "All articles, newest first")
    public List<ArticleSummary> list() {
        return articles.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an article; its text is normalized (line endings, spaces) and kept as version 1")
    @APIResponse(responseCode = "201", description = "the article")
    @APIResponse(responseCode = "413", description = "the text is over 1,000,000 UTF-8 bytes")
    @APIResponse(responseCode = "422", description = "missing title or text, invalid URL, date or language")
    public Response create(@Valid @NotNull NewArticle request) {
        ArticleDetail created = articles.create(request, user.getUsername());
        return Response.created(URI.create("/api/articles/" + created.id()))
                .entity(ArticleDocument.of(created, List.of())).build();
    }

    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select a claim in an article, by position (with the quote seen there) or by quote alone")
    @APIResponse(responseCode = "201", description = "the new claim, with alreadyChecked: the earlier checked claims that say"
            + " the same, best first; its version is the ETag; the Link header (rel=similar) leads to them again")
    @APIResponse(responseCode = "422", description = "the selectors do not match the text, or the quote is absent or ambiguous (with candidates)")
    public Response createClaim(@PathParam("id") long id, @Valid @NotNull CreateClaim request) {
        ClaimView created = claims.create(id, request, user.actor());
        return Response.created(URI.create("/api/claims/" + created.id())).tag(Versions.etag(created.version()))
                .link(URI.create("/api/claims/" + created.id() + "/similar"), "similar")
                .entity(new CreatedClaim(created, similar.of(created.id()).matches())).build();
    }

    /** The new claim, and the earlier checked claims that say the same ("already checked?"), best first. */
    public record CreatedClaim(@com.fasterxml.jackson.annotation.JsonUnwrapped ClaimView claim,
            List<SimilarClaims.SimilarClaim> alreadyChecked) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with the text of its latest version and its claims")
    public ArticleDocument get(@PathParam("id") long id) {
        return ArticleDocument.of(articles.get(id), claims.listForArticle(id, user.actor()));
    }
}

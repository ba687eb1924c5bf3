package org.factdesk.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticleApi {

    /**
     * An article with the text of its latest version and the claims selected in it (claim views:
     * the claim feature, above this one, fills them in; see repeat.ArticleClaimsApi).
     */
    public record ArticleDocument(
            long id,
            String title,
            String outlet,
            String url,
            String author,
            LocalDate publishedDate,
            String language,
            int version,
            String sha256,
            String text,
            List<?> claims) {
        public static ArticleDocument of(ArticleDetail a, List<?> claims) {
            return new ArticleDocument(
                    a.id(),
                    a.title(),
                    a.outlet(),
                    a.url(),
                    a.author(),
                    a.publishedDate(),
                    a.language(),
                    a.version(),
                    a.sha256(),
                    a.text(),
                    claims);
        }
    }

    private final ArticleService articles;
    private final CurrentUser user;

    ArticleApi(ArticleService articles, CurrentUser user) {
        this.articles = articles;
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
                .entity(ArticleDocument.of(created, List.of()))
                .build();
    }
}

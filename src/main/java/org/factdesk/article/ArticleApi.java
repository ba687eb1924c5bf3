package org.factdesk.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.security.Roles;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class ArticleApi {

    private final ArticleService articles;

    ArticleApi(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "All articles, newest first")
    public List<ArticleSummary> list() {
        return articles.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with the text of its latest version")
    public ArticleDetail get(@PathParam("id") long id) {
        return articles.get(id);
    }
}

package org.factdesk.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.security.Roles;

@Path("/workspace/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ArticleSummary> articles);

    }

    private final ArticleService articles;

    ArticlePages(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(articles.list());
    }

}

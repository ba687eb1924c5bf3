package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.article.ArticleViews.NewArticle;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.workspace.FormInputs.Import;

/** The article list with search, and the import form. */
@Path("/workspace/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ArticleSummary> articles, String q, Form form, Boolean opening);
    }

    private final ArticleService articles;
    private final CurrentUser user;
    private final Forms forms;

    ArticlePages(ArticleService articles, CurrentUser user, Forms forms) {
        this.articles = articles;
        this.user = user;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("import") boolean opening) {
        return Templates.list(articles.search(q), q == null ? "" : q, importForm(FormState.NONE), opening);
    }

    /** Imports a pasted article; then opens it (post, redirect, get). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importArticle(@BeanParam Import form) {
        return forms.submit(
                form,
                FormName.IMPORT.key(),
                request -> URI.create("/workspace/articles/"
                        + articles.create(request, user.getUsername()).id()),
                state -> Templates.list(articles.list(), "", importForm(state), true));
    }

    private static Form importForm(FormState state) {
        return Form.of(FormName.IMPORT, state)
                .at("/workspace/articles")
                .limitedBy(NewArticle.class)
                .ids("import-%s");
    }
}

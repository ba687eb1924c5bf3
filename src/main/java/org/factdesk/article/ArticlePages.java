package org.factdesk.article;

import static org.factdesk.web.Texts.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.article.ArticleViews.NewArticle;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/** The article list with search, and the import form. */
@Path("/workspace/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticlePages {

    /** The import form as the user filled it, with each field's error. */
    public record ImportForm(Map<String, String> values, Map<String, String> errors, String message) {
        static final ImportForm EMPTY = new ImportForm(Map.of(), Map.of(), null);

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean open() {
            return !values.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ArticleSummary> articles, String q, ImportForm form);
    }

    private final ArticleService articles;
    private final CurrentUser user;
    private final Validator validator;

    ArticlePages(ArticleService articles, CurrentUser user, Validator validator) {
        this.articles = articles;
        this.user = user;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q) {
        return Templates.list(articles.search(q), q == null ? "" : q, ImportForm.EMPTY);
    }

    /** Imports a pasted article; then opens it (post, redirect, get). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importArticle(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        try {
            NewArticle request = new NewArticle(values.get("title"), values.get("outlet"), values.get("url"),
                    values.get("author"), Inputs.date("publishedDate", values.get("publishedDate")), blankToNull(values.get("language")),
                    values.get("text"));
            Map<String, String> errors = new LinkedHashMap<>();
            for (ConstraintViolation<NewArticle> v : validator.validate(request)) {
                errors.put(v.getPropertyPath().toString(), v.getMessage());
            }
            try {
                Inputs.httpUrl("url", request.url(), false);
            } catch (ProblemException badUrl) {
                errors.putAll(badUrl.problem().errors());
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            ArticleDetail created = articles.create(request, user.getUsername());
            return Response.seeOther(URI.create("/workspace/articles/" + created.id())).build();
        } catch (ProblemException problem) {
            var document = problem.problem();
            ImportForm state = new ImportForm(values, document.errors() == null ? Map.of() : document.errors(), document.detail());
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.list(articles.list(), "", state).render()).build();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

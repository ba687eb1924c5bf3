package org.factdesk.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.security.Roles;
import org.factdesk.web.Inputs;

/** The phrases of an article most worth checking (a reviewer turns one into a claim by its offsets). */
@Path("/api/articles/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class SuggestionApi {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    /** Start and end of each suggestion are UTF-16 offsets into the version's text, as for claims. */
    public record Suggestions(long articleId, int articleVersion, List<CheckWorthiness.Suggestion> suggestions) {
    }

    private final ArticleService articles;

    SuggestionApi(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "The phrases most worth checking in the article's latest version, best first, each with its reasons")
    @APIResponse(responseCode = "422", description = "limit outside 1 to 50")
    public Suggestions suggestions(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        int n = Inputs.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        ArticleDetail article = articles.get(id);
        return new Suggestions(article.id(), article.version(), CheckWorthiness.suggest(article.text(), n));
    }
}

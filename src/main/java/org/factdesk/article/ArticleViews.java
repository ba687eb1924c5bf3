package org.factdesk.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factdesk.web.HttpUrl;

/** What pages and the JSON API show of an article: plain records, no entities. */
public final class ArticleViews {

    private ArticleViews() {}

    public record ArticleSummary(long id, String title, String outlet, LocalDate publishedDate) {
        static ArticleSummary of(Article article) {
            return new ArticleSummary(article.id, article.title, article.outlet, article.publishedDate);
        }
    }

    public record ArticleDetail(
            long id,
            String title,
            String outlet,
            String url,
            String author,
            LocalDate publishedDate,
            String language,
            int version,
            String sha256,
            String text) {
        static ArticleDetail of(Article article, ArticleVersion version) {
            return new ArticleDetail(
                    article.id,
                    article.title,
                    article.outlet,
                    article.url,
                    article.author,
                    article.publishedDate,
                    article.language,
                    version.versionNo,
                    version.sha256,
                    version.body);
        }
    }

    /** POST /api/articles. The text is normalized like the seed importer's. */
    public record NewArticle(
            @NotBlank(message = "{factdesk.required}") @Size(max = 500)
            String title,

            @Size(max = 200) String outlet,
            @HttpUrl @Size(max = 2000) String url,
            @Size(max = 200) String author,
            LocalDate publishedDate,

            @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{factdesk.language}")
            String language,

            @NotBlank(message = "{factdesk.required}") String text) {}
}

package org.factdesk.article;

import java.time.LocalDate;

/** What pages and the JSON API show of an article: plain records, no entities. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public record ArticleSummary(long id, String title, String outlet, LocalDate publishedDate) {
        static ArticleSummary of(Article article) {
            return new ArticleSummary(article.id, article.title, article.outlet, article.publishedDate);
        }
    }

    public record ArticleDetail(long id, String title, String outlet, String url, String author,
            LocalDate publishedDate, String language, int version, String sha256, String text) {
        static ArticleDetail of(Article article, ArticleVersion version) {
            return new ArticleDetail(article.id, article.title, article.outlet, article.url, article.author,
                    article.publishedDate, article.language, version.versionNo, version.sha256, version.body);
        }
    }
}

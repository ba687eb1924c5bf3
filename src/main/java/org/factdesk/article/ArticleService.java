package org.factdesk.article;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.web.NotFound;

@ApplicationScoped
public class ArticleService {

    /** The user name recorded on articles that came from seed files. */
    static final String SEED_AUTHOR = "seed";

    /** Key of the PostgreSQL advisory lock that serializes seed imports across app instances. */
    private static final long SEED_IMPORT_LOCK = 0x5eed_a271_c1e5L;

    @Transactional
    public List<ArticleSummary> list() {
        return Article.listNewestFirst().stream().map(ArticleSummary::of).toList();
    }

    @Transactional
    public ArticleDetail get(long id) {
        Article article = Article.<Article>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no article " + id + "."));
        ArticleVersion version = ArticleVersion.findLatest(id)
                .orElseThrow(() -> new IllegalStateException("article " + id + " has no text version"));
        return ArticleDetail.of(article, version);
    }

    /**
     * Imports one seed file unless an article from it exists already. Several instances
     * starting at once take turns on an advisory lock, so each seed is imported exactly once.
     *
     * @return true when the article was created now
     */
    @Transactional
    public boolean importSeed(String seedKey, String raw) {
        Panache.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", SEED_IMPORT_LOCK)
                .getSingleResult();
        if (Article.findBySeedKey(seedKey).isPresent()) {
            return false;
        }
        ArticleText.Parsed parsed = ArticleText.parseSeed(raw);
        if (parsed.text().isEmpty()) {
            throw new IllegalArgumentException("seed " + seedKey + " has no text");
        }
        Article article = new Article();
        article.title = parsed.title();
        article.publishedDate = parsed.publishedDate();
        article.seedKey = seedKey;
        article.createdBy = SEED_AUTHOR;
        article.createdAt = Instant.now();
        article.persist();
        ArticleVersion.of(article, 1, parsed.text(), SEED_AUTHOR).persist();
        return true;
    }
}

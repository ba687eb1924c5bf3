package org.factdesk.article;

import static org.factdesk.web.Texts.text;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.FactdeskConfig;
import org.factdesk.article.ArticleViews.ArticleDetail;
import org.factdesk.article.ArticleViews.ArticleSummary;
import org.factdesk.article.ArticleViews.NewArticle;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

@ApplicationScoped
public class ArticleService {

    private final FactdeskConfig config;

    ArticleService(FactdeskConfig config) {
        this.config = config;
    }

    /** The user name recorded on articles that came from seed files. */
    static final String SEED_AUTHOR = "seed";

    /** Key of the PostgreSQL advisory lock that serializes seed imports across app instances. */
    private static final long SEED_IMPORT_LOCK = 0x5eed_a271_c1e5L;

    @Transactional
    public List<ArticleSummary> list() {
        return Article.listNewestFirst().stream().map(ArticleSummary::of).toList();
    }

    /** Titles of several articles in one query (id → title). */
    @Transactional
    public Map<Long, String> titles(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : Article.<Article>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a.title));
    }

    @Transactional
    public List<ArticleSummary> search(String text) {
        return (text == null || text.isBlank() ? Article.listNewestFirst() : Article.search(text.strip()))
                .stream().map(ArticleSummary::of).toList();
    }

    /** The number of the article's latest version (0 for an unknown article), without its text. */
    public int latestVersion(long id) {
        return ArticleVersion.latestNumber(id);
    }

    /** The text of one version of an article. */
    public Optional<String> versionText(long id, int version) {
        return version(id, version).map(v -> v.body);
    }

    /** One version of an article. */
    public Optional<ArticleVersion> version(long id, int version) {
        return ArticleVersion.findVersion(id, version);
    }

    /** The article's latest version. */
    public Optional<ArticleVersion> latest(long id) {
        return ArticleVersion.findLatest(id);
    }

    /** The article itself, for what reads its fields (a claim's anchoring, a published snapshot). */
    public Optional<Article> find(long id) {
        return Article.findByIdOptional(id);
    }

    @Transactional
    public ArticleDetail get(long id) {
        Article article = Article.<Article>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("article.not-found", id)));
        ArticleVersion version = ArticleVersion.findLatest(id)
                .orElseThrow(() -> new IllegalStateException("article " + id + " has no text version"));
        return ArticleDetail.of(article, version);
    }

    @Transactional
    public ArticleDetail create(NewArticle request, String actor) {
        String text = body(request.text());
        Article article = new Article();
        article.title = request.title().strip();
        article.outlet = Inputs.text(request.outlet());
        article.url = Inputs.httpUrl("url", request.url(), false);
        article.author = Inputs.text(request.author());
        article.publishedDate = request.publishedDate();
        article.language = Inputs.text(request.language());
        article.createdBy = actor;
        article.createdAt = Instant.now();
        article.persist();
        ArticleVersion version = ArticleVersion.of(article, 1, text, actor);
        version.persist();
        return ArticleDetail.of(article, version);
    }

    /** An article's text as stored: normalized like the seed importer's, and within the size limit (else 413). */
    private String body(String raw) {
        String text = ArticleText.normalize(raw);
        int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > config.articles().maxTextBytes()) {
            throw ProblemException.tooLarge(
                    text("article.too-large", bytes, config.articles().maxTextBytes()));
        }
        return text;
    }

    /**
     * Adds the publisher's corrected text as the article's next version. Versions are numbered
     * under a lock on the article, so two corrections at once get 2 and 3, never 2 twice.
     */
    @Transactional
    public ArticleVersion addVersion(long articleId, String raw, String note, String actor) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> ProblemException.notFound(text("article.not-found", articleId)));
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("text", text("article.text-required"));
        }
        if (Inputs.hasNul(raw) || Inputs.hasNul(note)) {
            throw ProblemException.invalid("text", text("input.nul"));
        }
        String body = body(raw);
        String why = Inputs.text(note);
        if (why != null && why.length() > 2000) {
            throw ProblemException.invalid("note", text("article.note-too-long", 2000));
        }
        Panache.getEntityManager().lock(article, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ArticleVersion latest = ArticleVersion.findLatest(articleId).orElseThrow();
        if (latest.sha256.equals(ArticleVersion.sha256(body))) {
            throw ProblemException.invalid("text", text("article.version-unchanged", latest.versionNo));
        }
        ArticleVersion version = ArticleVersion.of(article, latest.versionNo + 1, body, actor);
        version.note = why;
        version.persist();
        return version;
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

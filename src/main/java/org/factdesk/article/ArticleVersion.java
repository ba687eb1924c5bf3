package org.factdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One snapshot of an article's normalized text. Never changed or deleted (the database
 * refuses it); a correction of the article adds a new version.
 */
@Entity
@Immutable
@Table(name = "article_version")
public class ArticleVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "version_no")
    public int versionNo;

    public String body;
    public String sha256;

    /** What the publisher corrected, in the reviewer's words (versions after the first). */
    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    static ArticleVersion of(Article article, int versionNo, String body, String createdBy) {
        ArticleVersion version = new ArticleVersion();
        version.article = article;
        version.versionNo = versionNo;
        version.body = body;
        version.sha256 = sha256(body);
        version.createdBy = createdBy;
        version.createdAt = Instant.now();
        return version;
    }

    public static Optional<ArticleVersion> findLatest(long articleId) {
        return find("article.id = ?1 order by versionNo desc", articleId).firstResultOptional();
    }

    /** The number of the article's latest version, without loading any text (0 for an unknown article). */
    public static int latestNumber(long articleId) {
        Integer latest = getEntityManager()
                .createQuery("select max(v.versionNo) from ArticleVersion v where v.article.id = ?1", Integer.class)
                .setParameter(1, articleId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    public static Optional<ArticleVersion> findVersion(long articleId, int versionNo) {
        return find("article.id = ?1 and versionNo = ?2", articleId, versionNo).firstResultOptional();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}

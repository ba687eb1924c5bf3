package org.factdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A news article. Its text lives in immutable {@link ArticleVersion}s. */
@Entity
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String outlet;
    public String url;
    public String author;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    public String language;
    /** The seed file this article was imported from; null for articles added by people. */
    @Column(name = "seed_key")
    public String seedKey;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Article> listNewestFirst() {
        return list("order by publishedDate desc nulls last, id desc");
    }

    /** Articles whose title, outlet or author contains the text (any case), newest first. */
    public static List<Article> search(String text) {
        String like = org.factdesk.web.Inputs.containsPattern(text);
        return list(
                "lower(title) like ?1 or lower(coalesce(outlet, '')) like ?1 or lower(coalesce(author, '')) like ?1"
                        + " order by publishedDate desc nulls last, id desc",
                like);
    }

    public static Optional<Article> findBySeedKey(String seedKey) {
        return find("seedKey", seedKey).firstResultOptional();
    }

    public static long countBySeedKey(String seedKey) {
        return count("seedKey", seedKey);
    }
}

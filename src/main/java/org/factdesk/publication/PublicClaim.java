package org.factdesk.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The public snapshot of a claim, as last published (or retracted). The only source of public pages. */
@Entity
@Table(name = "public_claim")
public class PublicClaim extends PanacheEntityBase {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETRACTED = "RETRACTED";

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    public String slug;
    public String status;
    public String quote;

    @Column(name = "context_before")
    public String contextBefore;

    @Column(name = "context_after")
    public String contextAfter;

    @Column(name = "start_pos")
    public int start;

    @Column(name = "end_pos")
    public int end;

    @Column(name = "article_version_no")
    public int articleVersion;

    public String claimant;

    @Column(name = "claim_date")
    public LocalDate claimDate;

    @Column(name = "claim_type")
    public String claimType;

    @Column(name = "article_id")
    public long articleId;

    @Column(name = "article_title")
    public String articleTitle;

    @Column(name = "article_outlet")
    public String articleOutlet;

    @Column(name = "article_url")
    public String articleUrl;

    @Column(name = "article_published")
    public LocalDate articlePublished;

    @Column(name = "rating_label")
    public String ratingLabel;

    @Column(name = "rating_definition")
    public String ratingDefinition;

    @Column(name = "rating_colour")
    public String ratingColour;

    @Column(name = "rating_value")
    public int ratingValue;

    @Column(name = "best_rating")
    public int bestRating;

    @Column(name = "worst_rating")
    public int worstRating;

    public String conclusion;
    public String rationale;
    /** title, publisher, url, archivedUrl, quotedPassage, stance of each source */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> sources;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "last_published_at")
    public Instant lastPublishedAt;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retraction_note")
    public String retractionNote;
    /** Display names; public only with factdesk.public.show-reviewers=true. */
    @Column(name = "checked_by")
    public String checkedBy;

    @Column(name = "published_by")
    public String publishedBy;

    public String path() {
        return path(claimId, slug);
    }

    /** The permalink of a claim: {@code /claims/12-fifty-minute-phone-call}. */
    /** A CSS class for the snapshot's rating colour ({@code /colours.css}); the label always shows too. */
    public String colourClass() {
        return colourClass(ratingColour);
    }

    static String colourClass(String colour) {
        String hex = colour == null ? "" : colour.replace("#", "").toLowerCase(java.util.Locale.ROOT);
        return hex.matches("[0-9a-f]{3,8}") ? "colour-" + hex : "colour-none";
    }

    static String path(long claimId, String slug) {
        return "/claims/" + claimId + "-" + slug;
    }

    public boolean isRetracted() {
        return RETRACTED.equals(status);
    }

    public static Optional<PublicClaim> findPublic(long claimId) {
        return findByIdOptional(claimId);
    }

    public static List<PublicClaim> forArticle(long articleId) {
        return list("articleId = ?1 order by start, end, claimId", articleId);
    }
}

package org.factdesk.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.FactdeskConfig;

/** schema.org ClaimReview for a published claim, as search engines and fact-check tools read it. */
public final class ClaimReviewJsonLd {

    /** Google asks for a claimReviewed under 75 characters. */
    static final int MAX_CLAIM = 74;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewJsonLd() {}

    public static Map<String, Object> of(PublicClaim c, FactdeskConfig.Public site) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (c.claimant != null) {
            claim.put("author", PublicFeeds.fields("@type", "Person", "name", c.claimant));
        }
        if (c.claimDate != null) {
            claim.put("datePublished", c.claimDate.toString());
        }
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", c.articleTitle);
        if (c.articleUrl != null) {
            appearance.put("url", c.articleUrl);
        }
        claim.put("appearance", appearance);

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", c.ratingValue);
        rating.put("bestRating", c.bestRating);
        rating.put("worstRating", c.worstRating);
        rating.put("alternateName", c.ratingLabel);

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", site.baseUrl() + c.path());
        review.put("claimReviewed", shorten(c.quote));
        review.put("itemReviewed", claim);
        review.put("reviewRating", rating);
        review.put(
                "author",
                PublicFeeds.fields(
                        "@type", "Organization", "name", site.organizationName(), "url", site.organizationUrl()));
        review.put(
                "datePublished",
                c.firstPublishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (c.correctedAt != null || c.retractedAt != null) {
            var modified = c.retractedAt != null ? c.retractedAt : c.correctedAt;
            review.put(
                    "dateModified",
                    modified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        review.put("reviewBody", c.conclusion);
        return review;
    }

    /** The JSON for a {@code <script type="application/ld+json">} block; "</" cannot end the block early. */
    public static String script(PublicClaim c, FactdeskConfig.Public site) {
        try {
            return JSON.writeValueAsString(of(c, site)).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ClaimReview is plain data", e);
        }
    }

    /** The quote, cut on a word boundary when it is too long for claimReviewed. */
    static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        if (flat.length() <= MAX_CLAIM) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX_CLAIM - 1);
        return flat.substring(0, cut > MAX_CLAIM / 2 ? cut : MAX_CLAIM - 1).stripTrailing() + "…";
    }
}

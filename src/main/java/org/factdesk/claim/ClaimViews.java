package org.factdesk.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.VerdictView;
import org.factdesk.review.Workflow;

/** What the API shows of claims. */
public final class ClaimViews {

    private ClaimViews() {}

    /** A W3C Web Annotation selector: TextPositionSelector or TextQuoteSelector. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Selector(String type, Integer start, Integer end, String exact, String prefix, String suffix) {
        public static final String POSITION = "TextPositionSelector";
        public static final String QUOTE = "TextQuoteSelector";

        static List<Selector> of(Claim c) {
            return List.of(
                    new Selector(POSITION, c.start, c.end, null, null, null),
                    new Selector(QUOTE, null, null, c.exact, c.prefix, c.suffix));
        }
    }

    public record ClaimView(
            long id,
            long articleId,
            int articleVersion,
            List<Selector> selectors,
            String claimant,
            LocalDate claimDate,
            ClaimType claimType,
            String whySelected,
            List<String> tags,
            ReviewState state,
            long version,
            Set<String> assignees,
            VerdictView verdict,
            long sourceCount,
            List<Action> allowedActions,
            List<Workflow.Refused> refusedActions,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant firstPublishedAt,
            Instant lastPublishedAt) {

        /** The TextPositionSelector: where the quote is ({@code start}, {@code end}). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public Selector position() {
            return selectors.get(0);
        }

        /** The TextQuoteSelector: the quote and its context ({@code exact}, {@code prefix}, {@code suffix}). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public Selector quote() {
            return selectors.get(1);
        }
    }

    /** 200 with the claim and its version as ETag (what If-Match names in the next change). */
    public static jakarta.ws.rs.core.Response withEtag(ClaimView claim) {
        return org.factdesk.web.Versions.withEtag(claim, claim.version());
    }

    /** One page of a claim search; {@code next} is the cursor of the following page, or null. */
    public record ClaimPage(List<ClaimView> items, String next) {}
}

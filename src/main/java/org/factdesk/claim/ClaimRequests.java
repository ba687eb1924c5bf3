package org.factdesk.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What clients send to create and find claims. */
public final class ClaimRequests {

    private ClaimRequests() {}

    /**
     * A new claim. {@code selectors} holds a TextPositionSelector with the TextQuoteSelector
     * the client saw there, or a TextQuoteSelector alone (a pasted quote).
     */
    public record CreateClaim(
            Integer articleVersion,

            @NotEmpty(message = "{factdesk.selectors.required}") @Size(max = 2)
            List<@Valid SelectorInput> selectors,

            @Size(max = 300) String claimant,
            LocalDate claimDate,
            String claimType,
            @Size(max = 2000) String whySelected,
            @Size(max = 20) List<@Size(min = 1, max = 60) String> tags) {}

    public record SelectorInput(
            String type,
            Integer start,
            Integer end,
            @Size(max = 100_000) String exact,
            @Size(max = 1000) String prefix,
            @Size(max = 1000) String suffix) {}

    /**
     * PUT /api/claims/{id}/details: who made the claim, when, its type, why it was selected
     * and its tags, all replaced (absent = empty). The quote itself moves only by a correction.
     */
    public record ClaimDetails(
            Long version,
            @Size(max = 300) String claimant,
            LocalDate claimDate,
            String claimType,
            @Size(max = 2000) String whySelected,
            @Size(max = 20) List<@Size(min = 1, max = 60) String> tags) {}

    /** Filters of GET /api/claims; all optional. */
    public record ClaimFilter(
            String state, String assignee, Long article, Long rating, String q, String after, Integer limit) {}
}

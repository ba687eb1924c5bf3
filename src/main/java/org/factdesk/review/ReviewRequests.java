package org.factdesk.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What clients send to move a claim and to propose a verdict. */
public final class ReviewRequests {

    private ReviewRequests() {}

    /** POST /api/claims/{id}/transitions. {@code version} may come as an If-Match header instead. */
    public record TransitionRequest(
            @NotBlank(message = "{factdesk.required}") String action,
            Long version,
            @Size(max = 2000) String reason,
            @Size(max = 100) String assignee) {}

    /** PUT /api/claims/{id}/verdict: a new verdict; the previous ones are kept. */
    public record VerdictRequest(
            Long version,
            @NotNull(message = "{factdesk.required}") Long ratingId,

            @NotBlank(message = "{factdesk.conclusion.required}")
            @Size(max = 280, message = "{factdesk.conclusion.size}")
            String conclusion,

            @Size(max = 20_000) String rationale) {}

    /** POST /api/ratings and PUT /api/ratings/{id}. */
    public record RatingRequest(
            @NotBlank(message = "{factdesk.required}") @Size(max = 60)
            String label,

            @NotBlank(message = "{factdesk.required}") @Size(max = 1000)
            String definition,

            @NotNull(message = "{factdesk.required}") Integer value,
            @NotBlank(message = "{factdesk.required}") String colour,
            Boolean retired) {}

    /** PUT /api/ratings: the scale's new order, as rating ids. */
    public record RatingOrder(
            @NotNull(message = "{factdesk.required}") java.util.List<Long> order) {}
}

package org.factdesk.review;

import java.util.Map;
import java.util.Set;
import org.factdesk.review.Contributions.Contribution;

/**
 * What the workflow table needs to know about a claim to decide a move: plain values,
 * so that the table stays free of the database and is unit-testable.
 *
 * @param verdictAuthor  author of the current verdict, or null when there is none
 * @param wasPublished   the claim has been published before (then sent-back work is a correction)
 * @param contributors   who contributed to the current review round (from the history), each
 *                       with their first contribution; loaded where an approval is possible
 * @param quoteWaiting   a correction of the article left the quote waiting for a person
 */
public record ClaimFacts(
        ReviewState state,
        boolean hasVerdict,
        String verdictAuthor,
        int sourceCount,
        Set<String> assignees,
        boolean wasPublished,
        Map<String, Contribution> contributors,
        boolean quoteWaiting) {

    /** Facts without a history (no contributors known beyond the assignees and the verdict's author). */
    public ClaimFacts(
            ReviewState state,
            boolean hasVerdict,
            String verdictAuthor,
            int sourceCount,
            Set<String> assignees,
            boolean wasPublished) {
        this(state, hasVerdict, verdictAuthor, sourceCount, assignees, wasPublished, Map.of(), false);
    }
}

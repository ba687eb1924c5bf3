package org.factdesk.review;

import java.util.Set;

/**
 * What the workflow table needs to know about a claim to decide a move: plain values,
 * so that the table stays free of the database and is unit-testable.
 *
 * @param verdictAuthor  author of the current verdict, or null when there is none
 * @param wasPublished   the claim has been published before (then sent-back work is a correction)
 */
public record ClaimFacts(ReviewState state, boolean hasVerdict, String verdictAuthor, int sourceCount,
        Set<String> assignees, boolean wasPublished) {
}

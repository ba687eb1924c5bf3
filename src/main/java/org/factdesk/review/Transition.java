package org.factdesk.review;

import java.util.List;
import java.util.Set;

/**
 * One row of the workflow table.
 *
 * @param to               the state the claim moves to
 * @param toWhenCorrecting the state instead when the claim was published before
 *                         (work sent back during a correction returns to IN_CORRECTION)
 * @param roles            realm roles that may take this action (any one suffices)
 * @param guards           conditions checked on the server before the move
 */
public record Transition(
        ReviewState from,
        Action action,
        ReviewState to,
        ReviewState toWhenCorrecting,
        Set<String> roles,
        List<Guard> guards) {

    public ReviewState target(ClaimFacts claim) {
        return claim.wasPublished() ? toWhenCorrecting : to;
    }
}

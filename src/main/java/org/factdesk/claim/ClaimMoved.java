package org.factdesk.claim;

import org.factdesk.review.Action;

/**
 * A claim just moved through the workflow. Fired synchronously inside the transaction of the
 * move, so observers (the public snapshot) change together with it or not at all.
 *
 * @param reason the reason given, when the action asks for one
 * @param actor  the username of who moved it
 */
public record ClaimMoved(Claim claim, Action action, String reason, String actor) {}

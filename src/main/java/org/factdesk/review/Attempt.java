package org.factdesk.review;

/**
 * The inputs of one move. A preview (for showing buttons) has no inputs yet, so the
 * guards that check inputs are skipped.
 *
 * @param reason   the written reason, where the action asks for one
 * @param assignee the user to (un)assign
 */
public record Attempt(String reason, String assignee, boolean preview) {

    public static Attempt previewOnly() {
        return new Attempt(null, null, true);
    }

    public static Attempt of(String reason, String assignee) {
        return new Attempt(reason, assignee, false);
    }
}

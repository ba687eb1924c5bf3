package org.factdesk.review;

/**
 * The inputs of one move. A preview (for showing buttons) has no inputs yet, so the
 * guards that check inputs are skipped.
 *
 * @param reason   the written reason, where the action asks for one
 * @param assignee the user to (un)assign
 * @param quoteMoved the move is the consequence of a person moving the claim's quote
 */
public record Attempt(String reason, String assignee, boolean preview, boolean quoteMoved) {

    public Attempt(String reason, String assignee, boolean preview) {
        this(reason, assignee, preview, false);
    }

    /** The claim's quote was moved to other words: its review goes back to work. */
    public static Attempt quoteMovedBecause(String reason) {
        return new Attempt(reason, null, false, true);
    }

    public static Attempt previewOnly() {
        return new Attempt(null, null, true);
    }

    public static Attempt of(String reason, String assignee) {
        return new Attempt(reason, assignee, false);
    }
}

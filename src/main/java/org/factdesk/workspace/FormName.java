package org.factdesk.workspace;

import java.util.Locale;

/**
 * The workspace's forms. A refused form is shown again by its key: the name, or the name and
 * the id of what it edits when a page has one per item (a source, a rating, a queued claim).
 */
public enum FormName {
    IMPORT,
    SELECTION,
    SUGGESTIONS,
    CORRECTION,
    ANCHOR,
    DETAILS,
    ACTION,
    /** Dismiss and retract, set apart from the other actions, with a reason of their own. */
    APART,
    VERDICT,
    SOURCE,
    COMMENT,
    REPEAT,
    QUEUE,
    RATING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String key(long id) {
        return key() + "-" + id;
    }
}

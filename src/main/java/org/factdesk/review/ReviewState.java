package org.factdesk.review;

/** Where the work on a claim is. The verdict (what was found) is a separate field. */
public enum ReviewState {
    OPEN,
    IN_RESEARCH,
    AWAITING_APPROVAL,
    APPROVED,
    PUBLISHED,
    DISMISSED,
    IN_CORRECTION,
    RETRACTED;

    /** Published and retracted claims are public; their content changes only through a correction. */
    public boolean isLocked() {
        return this == PUBLISHED || this == RETRACTED;
    }

    /** States in which research (sources, verdict, span) may change. */
    public boolean isEditable() {
        return this == OPEN || this == IN_RESEARCH || this == IN_CORRECTION;
    }
}

package org.factdesk.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What someone does to a claim. The JSON and URL name is the lower-case form, e.g. {@code request_changes}. */
public enum Action {
    START,
    ASSIGN,
    UNASSIGN,
    SELF_ASSIGN,
    SUBMIT,
    REQUEST_CHANGES,
    APPROVE,
    PUBLISH,
    DISMISS,
    REOPEN,
    OPEN_CORRECTION,
    RETRACT,
    /** Taken by moving the quote of a claim under approval, approved or published to other words; never a button. */
    QUOTE_CHANGED;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Action> fromApiName(String name) {
        return Arrays.stream(values()).filter(a -> a.apiName().equals(name)).findFirst();
    }

    /** Actions that end the work on a claim or withdraw what readers see: set apart on the page. */
    public boolean isDestructive() {
        return this == DISMISS || this == RETRACT;
    }

    /** Assignment actions change who works on a claim, not its state. */
    public boolean isAssignment() {
        return this == ASSIGN || this == UNASSIGN || this == SELF_ASSIGN;
    }
}

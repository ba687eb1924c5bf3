package org.factdesk.review;

/** The workflow's answer to one attempted move. */
public record Decision(Kind kind, Transition transition, ReviewState to, String field, String message) {

    public enum Kind {
        ALLOWED,
        /** the action does not exist in the claim's state (409) */
        ILLEGAL,
        /** the person lacks the role (403) */
        ROLE,
        /** a guard refused it: see Guard.Refusal */
        INVALID_INPUT,
        NOT_READY,
        FORBIDDEN;

        static Kind of(Guard.Refusal refusal) {
            return switch (refusal) {
                case INVALID_INPUT -> INVALID_INPUT;
                case NOT_READY -> NOT_READY;
                case FORBIDDEN -> FORBIDDEN;
            };
        }
    }

    static Decision allowed(Transition transition, ReviewState to) {
        return new Decision(Kind.ALLOWED, transition, to, null, null);
    }

    static Decision refused(Kind kind, String field, String message) {
        return new Decision(kind, null, null, field, message);
    }

    public boolean isAllowed() {
        return kind == Kind.ALLOWED;
    }
}

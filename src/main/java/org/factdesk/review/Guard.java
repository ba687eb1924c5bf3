package org.factdesk.review;

import static org.factdesk.web.Texts.text;

import java.util.Optional;
import org.factdesk.security.Actor;
import org.factdesk.security.Roles;

/**
 * A condition a transition checks on the server, in the transaction of the change.
 * Each knows how a failure is reported: which HTTP-level kind, and which input field.
 */
public enum Guard {

    /** request_changes, dismiss, open_correction and retract need a written reason. */
    REASON(Refusal.INVALID_INPUT, "reason") {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return attempt.preview() || !isBlank(attempt.reason()) ? ok() : fail(text("guard.reason"));
        }
    },

    /** submit needs a verdict (rating and conclusion) and enough sources. */
    VERDICT_AND_SOURCES(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (!claim.hasVerdict()) {
                return fail(text("guard.verdict"));
            }
            return claim.sourceCount() >= minSources
                    ? ok()
                    : fail(text(minSources == 1 ? "guard.source" : "guard.sources", minSources, claim.sourceCount()));
        }
    },

    /**
     * Four eyes: nobody who contributed to the claim's current review round approves it (see
     * {@link Contributions}); the verdict's author and the assignees are refused in any case.
     */
    FOUR_EYES(Refusal.FORBIDDEN, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            Contributions.Contribution contribution = claim.contributors().get(actor.username());
            if (contribution != null) {
                return fail(text("guard.four-eyes." + contribution.kind(), day(contribution.at())));
            }
            if (actor.username().equals(claim.verdictAuthor())) {
                return fail(text("guard.four-eyes.author"));
            }
            return claim.assignees().contains(actor.username()) ? fail(text("guard.four-eyes.assignee")) : ok();
        }
    },

    /** A quote a correction left waiting is settled by a person before anyone approves or publishes it. */
    QUOTE_SETTLED(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return claim.quoteWaiting() ? fail(text("guard.quote-waiting")) : ok();
        }
    },

    /** The quote-changed move is made by moving the quote, never asked for by itself. */
    BY_MOVING_THE_QUOTE(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return attempt.quoteMoved() ? ok() : fail(text("guard.quote-changed-by-move"));
        }
    },

    /** assign and unassign name the person. */
    ASSIGNEE_GIVEN(Refusal.INVALID_INPUT, "assignee") {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return attempt.preview() || !isBlank(attempt.assignee()) ? ok() : fail(text("guard.assignee"));
        }
    },

    /** Nobody is assigned twice. */
    NOT_YET_ASSIGNED(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            String who = attempt.assignee();
            return who != null && claim.assignees().contains(who) ? fail(text("guard.already-assigned", who)) : ok();
        }
    },

    /** Only someone assigned can be unassigned. */
    CURRENTLY_ASSIGNED(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (attempt.preview()) {
                return claim.assignees().isEmpty() ? fail(text("guard.nobody-assigned")) : ok();
            }
            return claim.assignees().contains(attempt.assignee())
                    ? ok()
                    : fail(text("guard.not-assigned", attempt.assignee()));
        }
    },

    /** Reviewers may unassign themselves; editors anyone. */
    SELF_OR_EDITOR(Refusal.FORBIDDEN, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (actor.hasAnyRole(Roles.EDITORS)) {
                return ok();
            }
            boolean self = attempt.preview()
                    ? claim.assignees().contains(actor.username())
                    : actor.username().equals(attempt.assignee());
            return self ? ok() : fail(text("guard.self-or-editor"));
        }
    };

    /** How a failed guard is reported. */
    public enum Refusal {
        /** a missing or invalid input: 422 */
        INVALID_INPUT,
        /** the claim is not in a shape that allows the move: 409 */
        NOT_READY,
        /** this person may not do it: 403 */
        FORBIDDEN
    }

    private final Refusal refusal;
    private final String field;

    Guard(Refusal refusal, String field) {
        this.refusal = refusal;
        this.field = field;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The rule in words, as enforced (GET /api/workflow). */
    public String rule() {
        return text("guard.rule." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The request field a failure is about, or null. */
    public String field() {
        return field;
    }

    abstract Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources);

    /** True for guards that only look at the inputs of a move (skipped when previewing). */
    boolean needsInput() {
        return this == REASON || this == ASSIGNEE_GIVEN;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);

    /** A day as the refusals name it: "1 Dec 2026" (UTC). */
    static String day(java.time.Instant at) {
        return at == null ? "?" : DAY.format(at);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    private static Optional<String> fail(String message) {
        return Optional.of(message);
    }
}

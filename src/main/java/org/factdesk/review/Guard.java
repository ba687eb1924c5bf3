package org.factdesk.review;

import java.util.Optional;

/**
 * A condition a transition checks on the server, in the transaction of the change.
 * Each knows how a failure is reported: which HTTP-level kind, and which input field.
 */
public enum Guard {

    /** request_changes, dismiss, open_correction and retract need a written reason. */
    REASON(Refusal.INVALID_INPUT, "reason") {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return attempt.preview() || !isBlank(attempt.reason()) ? ok()
                    : fail("A written reason is required for this action.");
        }
    },

    /** submit needs a verdict (rating and conclusion) and enough sources. */
    VERDICT_AND_SOURCES(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (!claim.hasVerdict()) {
                return fail("Propose a verdict (rating and conclusion) before submitting.");
            }
            return claim.sourceCount() >= minSources ? ok()
                    : fail("At least " + minSources + " source" + (minSources == 1 ? "" : "s")
                            + " needed before submitting; the claim has " + claim.sourceCount() + ".");
        }
    },

    /** Four eyes: the approving editor neither wrote the verdict nor works on the claim. */
    FOUR_EYES(Refusal.FORBIDDEN, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (actor.username().equals(claim.verdictAuthor())) {
                return fail("You wrote this verdict; another editor must approve it.");
            }
            return claim.assignees().contains(actor.username())
                    ? fail("You are assigned to this claim; another editor must approve it.") : ok();
        }
    },

    /** assign and unassign name the person. */
    ASSIGNEE_GIVEN(Refusal.INVALID_INPUT, "assignee") {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            return attempt.preview() || !isBlank(attempt.assignee()) ? ok() : fail("Name the person (assignee).");
        }
    },

    /** Nobody is assigned twice. */
    NOT_YET_ASSIGNED(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            String who = attempt.assignee();
            return who != null && claim.assignees().contains(who) ? fail(who + " is already assigned.") : ok();
        }
    },

    /** Only someone assigned can be unassigned. */
    CURRENTLY_ASSIGNED(Refusal.NOT_READY, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (attempt.preview()) {
                return claim.assignees().isEmpty() ? fail("Nobody is assigned.") : ok();
            }
            return claim.assignees().contains(attempt.assignee()) ? ok()
                    : fail(attempt.assignee() + " is not assigned to this claim.");
        }
    },

    /** Reviewers may unassign themselves; editors anyone. */
    SELF_OR_EDITOR(Refusal.FORBIDDEN, null) {
        @Override
        Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources) {
            if (actor.hasAnyRole(Workflow.EDITORS)) {
                return ok();
            }
            boolean self = attempt.preview() ? claim.assignees().contains(actor.username())
                    : actor.username().equals(attempt.assignee());
            return self ? ok() : fail("Only editors can unassign somebody else.");
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

    /** The request field a failure is about, or null. */
    public String field() {
        return field;
    }

    abstract Optional<String> check(ClaimFacts claim, Actor actor, Attempt attempt, int minSources);

    /** True for guards that only look at the inputs of a move (skipped when previewing). */
    boolean needsInput() {
        return this == REASON || this == ASSIGNEE_GIVEN;
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

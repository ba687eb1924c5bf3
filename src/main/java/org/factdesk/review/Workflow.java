package org.factdesk.review;

import static org.factdesk.review.Action.APPROVE;
import static org.factdesk.review.Action.ASSIGN;
import static org.factdesk.review.Action.DISMISS;
import static org.factdesk.review.Action.OPEN_CORRECTION;
import static org.factdesk.review.Action.PUBLISH;
import static org.factdesk.review.Action.QUOTE_CHANGED;
import static org.factdesk.review.Action.REOPEN;
import static org.factdesk.review.Action.REQUEST_CHANGES;
import static org.factdesk.review.Action.RETRACT;
import static org.factdesk.review.Action.SELF_ASSIGN;
import static org.factdesk.review.Action.START;
import static org.factdesk.review.Action.SUBMIT;
import static org.factdesk.review.Action.UNASSIGN;
import static org.factdesk.review.ReviewState.APPROVED;
import static org.factdesk.review.ReviewState.AWAITING_APPROVAL;
import static org.factdesk.review.ReviewState.DISMISSED;
import static org.factdesk.review.ReviewState.IN_CORRECTION;
import static org.factdesk.review.ReviewState.IN_RESEARCH;
import static org.factdesk.review.ReviewState.OPEN;
import static org.factdesk.review.ReviewState.PUBLISHED;
import static org.factdesk.review.ReviewState.RETRACTED;
import static org.factdesk.web.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.security.Actor;
import org.factdesk.security.Roles;

/**
 * The review workflow: one declarative table, the single source of truth. The engine
 * enforces it, the API lists the actions it allows, the workflow page draws it, and the
 * tests iterate over it. No CDI, no database.
 */
public final class Workflow {

    /** Roles that research claims, and those that approve, publish, correct and retract (security.Roles). */
    private static final Set<String> WORKERS = Roles.WORKERS;

    private static final Set<String> EDITORS = Roles.EDITORS;

    /** The states a claim can be (re)assigned in: while work is still ahead. */
    private static final List<ReviewState> ASSIGNABLE =
            List.of(OPEN, IN_RESEARCH, AWAITING_APPROVAL, APPROVED, IN_CORRECTION);

    public static final List<Transition> TABLE = build();

    private Workflow() {}

    private static List<Transition> build() {
        List<Transition> t = new ArrayList<>();
        t.add(row(OPEN, START, IN_RESEARCH, WORKERS));
        t.add(row(OPEN, DISMISS, DISMISSED, WORKERS, Guard.REASON));
        t.add(row(IN_RESEARCH, SUBMIT, AWAITING_APPROVAL, WORKERS, Guard.VERDICT_AND_SOURCES));
        t.add(row(IN_RESEARCH, DISMISS, DISMISSED, WORKERS, Guard.REASON));
        t.add(row(AWAITING_APPROVAL, APPROVE, APPROVED, EDITORS, Guard.QUOTE_SETTLED, Guard.FOUR_EYES));
        t.add(new Transition(
                AWAITING_APPROVAL, REQUEST_CHANGES, IN_RESEARCH, IN_CORRECTION, EDITORS, List.of(Guard.REASON)));
        t.add(row(APPROVED, PUBLISH, PUBLISHED, EDITORS, Guard.QUOTE_SETTLED));
        t.add(new Transition(APPROVED, REQUEST_CHANGES, IN_RESEARCH, IN_CORRECTION, EDITORS, List.of(Guard.REASON)));
        t.add(row(DISMISSED, REOPEN, OPEN, WORKERS));
        t.add(row(PUBLISHED, OPEN_CORRECTION, IN_CORRECTION, EDITORS, Guard.REASON));
        t.add(row(PUBLISHED, RETRACT, RETRACTED, EDITORS, Guard.REASON));
        t.add(row(IN_CORRECTION, SUBMIT, AWAITING_APPROVAL, WORKERS, Guard.VERDICT_AND_SOURCES));
        // What was approved is what gets published: a quote moved to other words goes back to work.
        t.add(new Transition(
                AWAITING_APPROVAL,
                QUOTE_CHANGED,
                IN_RESEARCH,
                IN_CORRECTION,
                WORKERS,
                List.of(Guard.BY_MOVING_THE_QUOTE)));
        t.add(new Transition(
                APPROVED, QUOTE_CHANGED, IN_RESEARCH, IN_CORRECTION, WORKERS, List.of(Guard.BY_MOVING_THE_QUOTE)));
        t.add(row(PUBLISHED, QUOTE_CHANGED, IN_CORRECTION, EDITORS, Guard.BY_MOVING_THE_QUOTE));
        for (ReviewState state : ASSIGNABLE) {
            t.add(row(state, SELF_ASSIGN, state, WORKERS, Guard.NOT_YET_ASSIGNED));
            t.add(row(state, ASSIGN, state, EDITORS, Guard.ASSIGNEE_GIVEN, Guard.NOT_YET_ASSIGNED));
            t.add(row(
                    state,
                    UNASSIGN,
                    state,
                    WORKERS,
                    Guard.ASSIGNEE_GIVEN,
                    Guard.CURRENTLY_ASSIGNED,
                    Guard.SELF_OR_EDITOR));
        }
        return List.copyOf(t);
    }

    private static Transition row(ReviewState from, Action action, ReviewState to, Set<String> roles, Guard... guards) {
        return new Transition(from, action, to, to, roles, List.of(guards));
    }

    public static Optional<Transition> find(ReviewState from, Action action) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action)
                .findFirst();
    }

    /** The table as clients see it (GET /api/workflow, the workflow page), with each guard's rule in words. */
    public static ReviewViews.WorkflowView view(int minSources) {
        return new ReviewViews.WorkflowView(
                List.of(ReviewState.values()),
                List.of(Action.values()),
                TABLE.stream().map(ReviewViews.TransitionView::of).toList(),
                minSources,
                java.util.Arrays.stream(Guard.values())
                        .collect(java.util.stream.Collectors.toMap(
                                g -> g, Guard::rule, (a, b) -> a, () -> new java.util.EnumMap<>(Guard.class))));
    }

    /** Decides one move. The caller applies it only when the decision allows it. */
    public static Decision decide(ClaimFacts claim, Actor actor, Action action, Attempt attempt, int minSources) {
        Optional<Transition> row = find(claim.state(), action);
        if (row.isEmpty()) {
            return Decision.refused(
                    Decision.Kind.ILLEGAL, null, text("workflow.illegal", action.apiName(), claim.state()));
        }
        Transition transition = row.get();
        if (!actor.hasAnyRole(transition.roles())) {
            return Decision.refused(
                    Decision.Kind.ROLE,
                    null,
                    text(
                            "workflow.role",
                            action.apiName(),
                            String.join(
                                    ", ", transition.roles().stream().sorted().toList())));
        }
        Attempt effective = action == SELF_ASSIGN
                ? new Attempt(attempt.reason(), actor.username(), attempt.preview(), attempt.quoteMoved())
                : attempt;
        for (Guard guard : transition.guards()) {
            if (effective.preview() && guard.needsInput()) {
                continue;
            }
            Optional<String> failure = guard.check(claim, actor, effective, minSources);
            if (failure.isPresent()) {
                return Decision.refused(Decision.Kind.of(guard.refusal()), guard.field(), failure.get());
            }
        }
        return Decision.allowed(transition, transition.target(claim));
    }

    /**
     * What this person may do with this claim now, in one pass over the table: the allowed
     * actions (what the UI shows as buttons) and the moves their role allows but a guard refuses,
     * with the guard's reason (four eyes, a waiting quote, a missing verdict), which the UI
     * explains instead of a button. Assignment and the quote-changed move are never explained.
     */
    public static Options options(ClaimFacts claim, Actor actor, int minSources) {
        List<Action> allowed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Transition t : TABLE) {
            if (t.from() != claim.state()) {
                continue;
            }
            Decision d = decide(claim, actor, t.action(), Attempt.previewOnly(), minSources);
            if (d.isAllowed()) {
                allowed.add(t.action());
            } else if (d.kind() != Decision.Kind.ROLE && !t.action().isAssignment() && t.action() != QUOTE_CHANGED) {
                refused.add(new Refused(t.action(), d.message()));
            }
        }
        return new Options(List.copyOf(allowed), List.copyOf(refused));
    }

    /** The actions allowed now, and those refused by a guard with its reason. */
    public record Options(List<Action> allowed, List<Refused> refused) {}

    /** An action refused by a guard, and the guard's reason. */
    public record Refused(Action action, String reason) {}

    /** The actions this person may take on this claim now: what the UI shows as buttons. */
    public static List<Action> allowedActions(ClaimFacts claim, Actor actor, int minSources) {
        return options(claim, actor, minSources).allowed();
    }
}

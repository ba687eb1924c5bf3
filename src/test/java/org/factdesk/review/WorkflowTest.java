package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table against an independent statement of who may do what, where. */
class WorkflowTest {

    /**
     * The expected rules, written out by hand: state, action, roles that may take it.
     * Everything not listed is refused. Assignment is possible while work is ahead.
     */
    private static final String EXPECTED = """
            OPEN              start            reviewer editor admin
            OPEN              dismiss          reviewer editor admin
            IN_RESEARCH       submit           reviewer editor admin
            IN_RESEARCH       dismiss          reviewer editor admin
            AWAITING_APPROVAL approve          editor admin
            AWAITING_APPROVAL request_changes  editor admin
            APPROVED          publish          editor admin
            APPROVED          request_changes  editor admin
            DISMISSED         reopen           reviewer editor admin
            PUBLISHED         open_correction  editor admin
            PUBLISHED         retract          editor admin
            IN_CORRECTION     submit           reviewer editor admin
            """;

    private static final List<ReviewState> ASSIGNABLE = List.of(
            ReviewState.OPEN,
            ReviewState.IN_RESEARCH,
            ReviewState.AWAITING_APPROVAL,
            ReviewState.APPROVED,
            ReviewState.IN_CORRECTION);

    /** A person with exactly one role (realm composites are not assumed). */
    static final List<String> ROLES = List.of("reviewer", "editor", "admin", "none");

    private static Set<String> expected() {
        Set<String> allowed = new HashSet<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 2; i < cells.length; i++) {
                allowed.add(cells[0] + " " + cells[1] + " " + cells[i]);
            }
        }
        for (ReviewState state : ASSIGNABLE) {
            for (String role : List.of("reviewer", "editor", "admin")) {
                allowed.add(state + " self_assign " + role);
                allowed.add(state + " unassign " + role);
            }
            allowed.add(state + " assign editor");
            allowed.add(state + " assign admin");
        }
        return allowed;
    }

    static Stream<Arguments> everyStateActionRole() {
        List<Arguments> all = new ArrayList<>();
        for (ReviewState state : ReviewState.values()) {
            for (Action action : Action.values()) {
                for (String role : ROLES) {
                    all.add(Arguments.of(state, action, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateActionRole")
    void tableAllowsExactlyTheExpectedMoves(ReviewState state, Action action, String role) {
        // A claim that satisfies every guard for this person: a verdict by someone else,
        // enough sources, the person assigned only where unassigning needs it.
        Actor actor = new Actor("pat", role.equals("none") ? Set.of() : Set.of(role));
        Set<String> assignees = action == Action.UNASSIGN ? Set.of("pat") : Set.of();
        ClaimFacts facts = new ClaimFacts(state, true, "someone-else", 3, assignees, false);
        Attempt attempt = Attempt.of("because", action == Action.ASSIGN ? "sam" : "pat");

        Decision decision = Workflow.decide(facts, actor, action, attempt, 1);

        boolean shouldAllow = expected().contains(state + " " + action.apiName() + " " + role);
        assertEquals(shouldAllow, decision.isAllowed(), decision.kind() + ": " + decision.message());
    }

    @Test
    void everyRowOfTheTableIsReachableFromOpen() {
        Set<ReviewState> reached = new HashSet<>(Set.of(ReviewState.OPEN));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : Workflow.TABLE) {
                if (reached.contains(t.from())) {
                    grew |= reached.add(t.to()) | reached.add(t.toWhenCorrecting());
                }
            }
        }
        assertEquals(Set.of(ReviewState.values()), reached);
    }

    @Test
    void aStateHasAtMostOneRowPerAction() {
        Set<String> keys = new HashSet<>();
        for (Transition t : Workflow.TABLE) {
            assertTrue(keys.add(t.from() + "/" + t.action()), "duplicate row " + t);
        }
    }

    @Test
    void editorCannotApproveOwnVerdict() {
        ClaimFacts facts = new ClaimFacts(ReviewState.AWAITING_APPROVAL, true, "erin", 1, Set.of(), false);
        Decision decision = Workflow.decide(facts, editor("erin"), Action.APPROVE, Attempt.of(null, null), 1);
        assertEquals(Decision.Kind.FORBIDDEN, decision.kind());
        assertTrue(decision.message().contains("You wrote this verdict"));
    }

    @Test
    void editorAssignedToTheClaimCannotApproveIt() {
        ClaimFacts facts = new ClaimFacts(ReviewState.AWAITING_APPROVAL, true, "alice", 1, Set.of("erin"), false);
        assertEquals(
                Decision.Kind.FORBIDDEN,
                Workflow.decide(facts, editor("erin"), Action.APPROVE, Attempt.of(null, null), 1)
                        .kind());
        assertFalse(Workflow.allowedActions(facts, editor("erin"), 1).contains(Action.APPROVE));
        assertTrue(Workflow.allowedActions(facts, editor("ed"), 1).contains(Action.APPROVE));
    }

    @Test
    void submitNeedsAVerdictAndTheConfiguredNumberOfSources() {
        Actor alice = new Actor("alice", Set.of("reviewer"));
        ClaimFacts noVerdict = new ClaimFacts(ReviewState.IN_RESEARCH, false, null, 5, Set.of(), false);
        assertEquals(
                Decision.Kind.NOT_READY,
                Workflow.decide(noVerdict, alice, Action.SUBMIT, Attempt.of(null, null), 1)
                        .kind());

        ClaimFacts oneSource = new ClaimFacts(ReviewState.IN_RESEARCH, true, "alice", 1, Set.of(), false);
        assertTrue(Workflow.decide(oneSource, alice, Action.SUBMIT, Attempt.of(null, null), 1)
                .isAllowed());
        Decision strict = Workflow.decide(oneSource, alice, Action.SUBMIT, Attempt.of(null, null), 2);
        assertEquals(Decision.Kind.NOT_READY, strict.kind());
        assertTrue(strict.message().contains("At least 2 sources"), strict.message());
    }

    @Test
    void reasonIsRequiredButNotForShowingTheButton() {
        ClaimFacts facts = new ClaimFacts(ReviewState.PUBLISHED, true, "alice", 1, Set.of(), true);
        for (Action action : List.of(Action.OPEN_CORRECTION, Action.RETRACT)) {
            Decision noReason = Workflow.decide(facts, editor("erin"), action, Attempt.of("  ", null), 1);
            assertEquals(Decision.Kind.INVALID_INPUT, noReason.kind());
            assertEquals("reason", noReason.field());
        }
        assertEquals(
                List.of(Action.OPEN_CORRECTION, Action.RETRACT), Workflow.allowedActions(facts, editor("erin"), 1));
    }

    @Test
    void workSentBackDuringACorrectionReturnsToInCorrection() {
        ClaimFacts first = new ClaimFacts(ReviewState.AWAITING_APPROVAL, true, "alice", 1, Set.of(), false);
        ClaimFacts correcting = new ClaimFacts(ReviewState.AWAITING_APPROVAL, true, "alice", 1, Set.of(), true);
        Attempt because = Attempt.of("needs a better source", null);
        assertEquals(
                ReviewState.IN_RESEARCH,
                Workflow.decide(first, editor("erin"), Action.REQUEST_CHANGES, because, 1)
                        .to());
        assertEquals(
                ReviewState.IN_CORRECTION,
                Workflow.decide(correcting, editor("erin"), Action.REQUEST_CHANGES, because, 1)
                        .to());
    }

    @Test
    void reviewersUnassignOnlyThemselves() {
        ClaimFacts facts = new ClaimFacts(ReviewState.IN_RESEARCH, false, null, 0, Set.of("alice", "bob"), false);
        Actor alice = new Actor("alice", Set.of("reviewer"));
        assertTrue(Workflow.decide(facts, alice, Action.UNASSIGN, Attempt.of(null, "alice"), 1)
                .isAllowed());
        assertEquals(
                Decision.Kind.FORBIDDEN,
                Workflow.decide(facts, alice, Action.UNASSIGN, Attempt.of(null, "bob"), 1)
                        .kind());
        assertTrue(Workflow.decide(facts, editor("erin"), Action.UNASSIGN, Attempt.of(null, "bob"), 1)
                .isAllowed());
        assertEquals(
                Decision.Kind.NOT_READY,
                Workflow.decide(facts, editor("erin"), Action.UNASSIGN, Attempt.of(null, "carol"), 1)
                        .kind());
    }

    @Test
    void nobodyIsAssignedTwice() {
        ClaimFacts facts = new ClaimFacts(ReviewState.OPEN, false, null, 0, Set.of("alice"), false);
        Actor alice = new Actor("alice", Set.of("reviewer"));
        assertEquals(
                Decision.Kind.NOT_READY,
                Workflow.decide(facts, alice, Action.SELF_ASSIGN, Attempt.of(null, null), 1)
                        .kind());
        assertFalse(Workflow.allowedActions(facts, alice, 1).contains(Action.SELF_ASSIGN));
    }

    @Test
    void actionNamesAreLowerCaseInTheApi() {
        for (Action action : Action.values()) {
            assertEquals(action.name().toLowerCase(Locale.ROOT), action.apiName());
        }
    }

    private static Actor editor(String name) {
        return new Actor(name, Set.of("editor"));
    }
}

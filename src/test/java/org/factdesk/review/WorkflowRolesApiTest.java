package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.testing.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each action, by each demo user, through the API, on a claim in a state where the action exists. */
@QuarkusTest
class WorkflowRolesApiTest {

    private static final Set<String> EVERYONE = Set.of("alice", "bob", "erin", "admin");
    private static final Set<String> EDITORS = Set.of("erin", "admin");

    /** action → the state it is tried in, and who may take it there. */
    private static final Map<String, Object[]> CASES = Map.ofEntries(
            Map.entry("start", new Object[] {"OPEN", EVERYONE}),
            Map.entry("dismiss", new Object[] {"OPEN", EVERYONE}),
            Map.entry("self_assign", new Object[] {"OPEN", EVERYONE}),
            Map.entry("assign", new Object[] {"OPEN", EDITORS}),
            Map.entry("unassign", new Object[] {"OPEN", EVERYONE}),
            Map.entry("submit", new Object[] {"IN_RESEARCH", EVERYONE}),
            Map.entry("approve", new Object[] {"AWAITING_APPROVAL", EDITORS}),
            Map.entry("request_changes", new Object[] {"AWAITING_APPROVAL", EDITORS}),
            Map.entry("publish", new Object[] {"APPROVED", EDITORS}),
            Map.entry("reopen", new Object[] {"DISMISSED", EVERYONE}),
            Map.entry("open_correction", new Object[] {"PUBLISHED", EDITORS}),
            Map.entry("retract", new Object[] {"PUBLISHED", EDITORS}));

    static Stream<Arguments> actionsByUser() {
        List<Arguments> all = new ArrayList<>();
        CASES.keySet().stream()
                .sorted()
                .forEach(action -> EVERYONE.stream().sorted().forEach(user -> all.add(Arguments.of(action, user))));
        return all.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("actionsByUser")
    @SuppressWarnings("unchecked")
    void onlyTheRightRolesMayTakeEachAction(String action, String user) {
        String state = (String) CASES.get(action)[0];
        long article = Api.article("Roles " + action, "Output rose 3 percent in the third quarter.");
        long claim = claimIn(state, article);
        if (action.equals("unassign")) {
            Api.move(user, claim, "self_assign", null);
        }
        String assignee = action.equals("assign") ? "bob" : action.equals("unassign") ? user : null;

        int status = Api.transition(user, claim, action, Api.version(claim), "a reason", assignee)
                .statusCode();

        boolean allowed = ((Set<String>) CASES.get(action)[1]).contains(user);
        assertEquals(allowed ? 200 : 403, status, user + " " + action + " in " + state);
    }

    private static long claimIn(String state, long article) {
        String quote = "Output rose 3 percent";
        return switch (state) {
            case "OPEN" -> Api.claim("alice", article, quote);
            case "IN_RESEARCH" -> {
                long claim = Api.claim("alice", article, quote);
                Api.move("alice", claim, "start", null);
                Api.addGoodSource("alice", claim);
                Api.verdict("alice", claim, Api.rating("True"), "Statistics confirm it.")
                        .then()
                        .statusCode(200);
                yield claim;
            }
            case "AWAITING_APPROVAL" -> Api.submittedClaim(article, quote);
            case "APPROVED" -> {
                long claim = Api.submittedClaim(article, quote);
                Api.move("erin", claim, "approve", null);
                yield claim;
            }
            case "DISMISSED" -> {
                long claim = Api.claim("alice", article, quote);
                Api.move("alice", claim, "dismiss", "not checkable");
                yield claim;
            }
            case "PUBLISHED" -> Api.publishedClaim(article, quote);
            default -> throw new IllegalArgumentException(state);
        };
    }
}

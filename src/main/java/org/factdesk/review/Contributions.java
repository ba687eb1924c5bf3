package org.factdesk.review;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who contributed to a claim's current review round, read from its append-only history (never
 * from columns that can be changed back). A round starts when the claim is created and again at
 * each {@code open_correction}. Contributing is: being assigned at any time in the round (also
 * assigned from before it and still so when it began), adding, editing or removing a source,
 * proposing a verdict (and having written the verdict under approval), editing the claim's
 * details, submitting, or moving or selecting again its quote. Requesting changes is not.
 * Pure: no database.
 */
public final class Contributions {

    /** What someone did first in the round, and when. {@code kind} names a message: guard.four-eyes.{kind}. */
    public record Contribution(String kind, Instant at) {}

    /** The history entries that make their actor a contributor, and what each is called. */
    private static final Map<String, String> BY_ACTION = Map.of(
            ReviewEvent.Kind.SOURCE_ADDED.apiName(), "source-added",
            ReviewEvent.Kind.SOURCE_UPDATED.apiName(), "source-updated",
            ReviewEvent.Kind.SOURCE_REMOVED.apiName(), "source-removed",
            ReviewEvent.Kind.VERDICT_PROPOSED.apiName(), "verdict",
            ReviewEvent.Kind.DETAILS_UPDATED.apiName(), "details",
            Action.SUBMIT.apiName(), "submitted");

    /** How a quote moved when nobody chose the place: a correction carried it over by itself. */
    public static final String CARRIED_OVER = "correction";

    private Contributions() {}

    /**
     * The contributors of the current round, each with their first contribution.
     *
     * @param events        the claim's history, oldest first
     * @param verdictAuthor the author of the verdict now under review (may be from an earlier round), or null
     * @param verdictAt     when that verdict was proposed
     */
    public static Map<String, Contribution> ofCurrentRound(
            List<ReviewEvent> events, String verdictAuthor, Instant verdictAt) {
        int roundStart = 0;
        for (int i = 0; i < events.size(); i++) {
            if (Action.OPEN_CORRECTION.apiName().equals(events.get(i).action)) {
                roundStart = i + 1;
            }
        }
        Map<String, Contribution> found = new LinkedHashMap<>();
        Map<String, Instant> assignedSince = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            ReviewEvent e = events.get(i);
            if (i == roundStart) {
                assignedSince.forEach((who, at) -> add(found, who, "assigned", at));
            }
            boolean inRound = i >= roundStart;
            if (isAction(e, Action.ASSIGN) || isAction(e, Action.SELF_ASSIGN)) {
                assignedSince.putIfAbsent(e.assignee, e.at);
                if (inRound) {
                    add(found, e.assignee, "assigned", e.at);
                }
            } else if (isAction(e, Action.UNASSIGN)) {
                assignedSince.remove(e.assignee);
            } else if (inRound && BY_ACTION.containsKey(e.action)) {
                add(found, e.actor, BY_ACTION.get(e.action), e.at);
            } else if (inRound && ReviewEvent.Kind.REANCHORED.apiName().equals(e.action) && movedByPerson(e)) {
                add(found, e.actor, "quote", e.at);
            }
        }
        if (roundStart == events.size()) {
            assignedSince.forEach((who, at) -> add(found, who, "assigned", at));
        }
        if (verdictAuthor != null) {
            add(found, verdictAuthor, "verdict", verdictAt);
        }
        return Collections.unmodifiableMap(found);
    }

    private static boolean movedByPerson(ReviewEvent e) {
        Object how = e.snapshot == null ? null : e.snapshot.get("how");
        return !CARRIED_OVER.equals(how);
    }

    private static boolean isAction(ReviewEvent e, Action action) {
        return action.apiName().equals(e.action);
    }

    /** Keeps each person's earliest contribution. */
    private static void add(Map<String, Contribution> found, String who, String kind, Instant at) {
        if (who == null) {
            return;
        }
        Contribution earlier = found.get(who);
        if (earlier == null || (at != null && earlier.at() != null && at.isBefore(earlier.at()))) {
            found.put(who, new Contribution(kind, at));
        }
    }
}

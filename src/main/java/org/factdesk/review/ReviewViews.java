package org.factdesk.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the API shows of ratings, verdicts, history and the workflow table. */
public final class ReviewViews {

    private ReviewViews() {}

    public record RatingView(
            long id, String label, String definition, int value, String colour, int position, boolean retired) {
        public static RatingView of(Rating r) {
            return new RatingView(r.id, r.label, r.definition, r.value, r.colour, r.position, r.retired);
        }
    }

    public record VerdictView(
            long id, RatingView rating, String conclusion, String rationale, String author, Instant createdAt) {
        public static VerdictView of(Verdict v) {
            return v == null
                    ? null
                    : new VerdictView(v.id, RatingView.of(v.rating), v.conclusion, v.rationale, v.author, v.createdAt);
        }
    }

    public record HistoryEntry(
            long id,
            Instant at,
            String actor,
            String action,
            ReviewState from,
            ReviewState to,
            String reason,
            String assignee,
            Long verdictId,
            Map<String, Object> snapshot,
            long basedOnVersion) {
        public static HistoryEntry of(ReviewEvent e) {
            return new HistoryEntry(
                    e.id,
                    e.at,
                    e.actor,
                    e.action,
                    e.from,
                    e.to,
                    e.reason,
                    e.assignee,
                    e.verdictId,
                    e.snapshot,
                    e.basedOnVersion);
        }
    }

    public record History(long claimId, List<HistoryEntry> events, List<VerdictView> verdicts) {}

    public record TransitionView(
            ReviewState from,
            Action action,
            ReviewState to,
            ReviewState toWhenCorrecting,
            Set<String> roles,
            List<Guard> guards) {
        static TransitionView of(Transition t) {
            return new TransitionView(t.from(), t.action(), t.to(), t.toWhenCorrecting(), t.roles(), t.guards());
        }
    }

    /** @param guards each guard's rule as the server enforces it, by the guard's name */
    public record WorkflowView(
            List<ReviewState> states,
            List<Action> actions,
            List<TransitionView> transitions,
            int minSources,
            java.util.Map<Guard, String> guards) {}
}

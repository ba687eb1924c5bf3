package org.factdesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The review history and the verdicts, as other packages read them (they never query the entities). */
@ApplicationScoped
public class ReviewLog {

    /** One claim's history, oldest first. */
    public List<ReviewEvent> history(long claimId) {
        return ReviewEvent.listForClaim(claimId);
    }

    /** The histories of several claims, in one statement. */
    public Map<Long, List<ReviewEvent>> histories(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return ReviewEvent.<ReviewEvent>list("claimId in ?1 order by id", claimIds).stream()
                .collect(Collectors.groupingBy(e -> e.claimId));
    }

    /** The changes of a claim made on or after one of its versions, oldest first. */
    public List<ReviewEvent> since(long claimId, long version) {
        return ReviewEvent.list("claimId = ?1 and basedOnVersion >= ?2 order by id", claimId, version);
    }

    /** Whether a correction left the claim's quote waiting for a person, read from its history. */
    public boolean quoteWaiting(List<ReviewEvent> history) {
        return ReviewEvent.quoteWaiting(history);
    }

    /** Every verdict proposed on a claim, oldest first. */
    public List<Verdict> verdicts(long claimId) {
        return Verdict.listForClaim(claimId);
    }

    /** The verdicts of several claims, oldest first, in one statement. */
    public Map<Long, List<Verdict>> verdicts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return Verdict.<Verdict>list("claimId in ?1 order by id", claimIds).stream()
                .collect(Collectors.groupingBy(v -> v.claimId));
    }

    /**
     * The requests for changes still standing (nothing moved the claim since) on claims this
     * person submitted or wrote a verdict for before the request, newest first.
     */
    public List<ReviewEvent> returnedTo(String username) {
        return ReviewEvent.list(
                "select e from ReviewEvent e where e.action = ?1"
                        + " and e.id = (select max(x.id) from ReviewEvent x"
                        + " where x.claimId = e.claimId and x.from <> x.to)"
                        + " and exists (select s.id from ReviewEvent s where s.claimId = e.claimId and s.actor = ?2"
                        + " and s.action in ?3 and s.id < e.id)"
                        + " order by e.id desc",
                Action.REQUEST_CHANGES.apiName(),
                username,
                List.of(Action.SUBMIT.apiName(), ReviewEvent.Kind.VERDICT_PROPOSED.apiName()));
    }
}

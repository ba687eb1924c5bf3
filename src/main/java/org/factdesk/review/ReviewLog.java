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
}

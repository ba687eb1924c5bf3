package org.factdesk.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.claim.SourceCounts;

/** The claims' source counts, one statement for a claim, a list or an article. */
@ApplicationScoped
class SourceCountsQuery implements SourceCounts {

    @Override
    public long of(long claimId) {
        return Source.countForClaim(claimId);
    }

    @Override
    public Map<Long, Long> of(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return new HashMap<>();
        }
        return countsByClaim(Source.getEntityManager()
                .createQuery(
                        "select s.claimId, count(s) from Source s where s.claimId in :ids and s.removedAt is null"
                                + " group by s.claimId",
                        Object[].class)
                .setParameter("ids", claimIds));
    }

    @Override
    public Map<Long, Long> ofArticle(long articleId) {
        return countsByClaim(Source.getEntityManager()
                .createQuery(
                        "select s.claimId, count(s) from Source s where s.removedAt is null"
                                + " and s.claimId in (select c.id from Claim c where c.articleId = :article)"
                                + " group by s.claimId",
                        Object[].class)
                .setParameter("article", articleId));
    }

    /** Rows of (claim id, count) as a map. */
    private static Map<Long, Long> countsByClaim(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}

package org.factdesk.claim;

import java.util.Collection;
import java.util.Map;

/**
 * How many current sources claims have: what the workflow's submit guard and the claim views
 * need from the sources feature, which sits above claims and implements this.
 */
public interface SourceCounts {

    long of(long claimId);

    /** Claim id → count; claims without sources are absent. */
    Map<Long, Long> of(Collection<Long> claimIds);

    /** The counts of all of an article's claims, by the article (not a list of 500 ids). */
    Map<Long, Long> ofArticle(long articleId);
}

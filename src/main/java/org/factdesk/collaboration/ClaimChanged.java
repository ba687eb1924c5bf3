package org.factdesk.collaboration;

/**
 * Something about a claim changed (created, moved, researched, commented), or, with no
 * claim, who reads an article changed. Fired inside the transaction.
 */
public record ClaimChanged(long articleId, long claimId) {

    static final long PRESENCE = 0;
    static final long PUBLIC_SITE = -1;
    static final long SUGGESTIONS = -2;

    static ClaimChanged presence(long articleId) {
        return new ClaimChanged(articleId, PRESENCE);
    }

    /** Something readers see changed (a publication, correction or retraction). */
    public static ClaimChanged publicSite(long articleId) {
        return new ClaimChanged(articleId, PUBLIC_SITE);
    }

    /** The article's check-worthy suggestions changed (one dismissed or restored). */
    public static ClaimChanged suggestions(long articleId) {
        return new ClaimChanged(articleId, SUGGESTIONS);
    }

    boolean isSuggestions() {
        return claimId == SUGGESTIONS;
    }

    boolean isPresence() {
        return claimId == PRESENCE;
    }

    public boolean isPublicSite() {
        return claimId == PUBLIC_SITE;
    }

    String payload() {
        return articleId + ":" + claimId;
    }

    static ClaimChanged parse(String payload) {
        String[] parts = payload.split(":");
        return new ClaimChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}

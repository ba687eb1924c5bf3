package org.factdesk.claim;

/**
 * Something about a claim changed (created, moved, researched, commented), or, with no
 * claim, who reads an article changed. Fired inside the transaction.
 */
public record ClaimChanged(long articleId, long claimId) {

    public static final long PRESENCE = 0;
    public static final long PUBLIC_SITE = -1;
    public static final long SUGGESTIONS = -2;

    public static ClaimChanged presence(long articleId) {
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

    public boolean isSuggestions() {
        return claimId == SUGGESTIONS;
    }

    public boolean isPresence() {
        return claimId == PRESENCE;
    }

    public boolean isPublicSite() {
        return claimId == PUBLIC_SITE;
    }

    public String payload() {
        return articleId + ":" + claimId;
    }

    public static ClaimChanged parse(String payload) {
        String[] parts = payload.split(":");
        return new ClaimChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}

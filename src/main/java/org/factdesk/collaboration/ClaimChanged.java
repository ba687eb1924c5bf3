package org.factdesk.collaboration;

/** Something about a claim changed (created, moved, researched, commented). Fired inside the transaction. */
public record ClaimChanged(long articleId, long claimId) {

    String payload() {
        return articleId + ":" + claimId;
    }

    static ClaimChanged parse(String payload) {
        String[] parts = payload.split(":");
        return new ClaimChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}

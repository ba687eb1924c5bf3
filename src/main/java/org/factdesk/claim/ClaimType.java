package org.factdesk.claim;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of statement a claim is. */
public enum ClaimType {
    STATISTIC,
    QUOTE,
    COMPARISON,
    CAUSAL,
    PREDICTION,
    OTHER;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

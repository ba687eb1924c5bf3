package org.factdesk.workspace;

import io.quarkus.qute.TemplateGlobal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factdesk.claim.ClaimType;
import org.factdesk.source.Source;

/** Fixed choices the forms offer, available in every template. */
@TemplateGlobal
public class Globals {

    static List<ClaimType> claimTypes() {
        return List.of(ClaimType.values());
    }

    static List<String> stances() {
        return names(Source.Stance.values());
    }

    static List<String> sourceKinds() {
        return names(Source.Kind.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}

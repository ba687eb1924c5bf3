package org.factdesk.workspace;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.claim.ClaimType;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewState;

/**
 * Message keys for values shown by name ({@code {msg:message(state.labelKey)}}), and small
 * text helpers for templates.
 */
@TemplateExtension
public class Labels {

    static String labelKey(ClaimType type) {
        return "claim_type_" + type.apiName();
    }

    static String labelKey(ReviewState state) {
        return "state_" + cssName(state);
    }

    private static final Map<ReviewState, String> STATE_LABELS = new ConcurrentHashMap<>();

    /**
     * A state's name in the installation's language, looked up in the message bundle once:
     * {@code {msg:message(key)}} costs microseconds a call, and the article view names the
     * state of each of its claims (hundreds on a long article).
     */
    static String label(ReviewState state) {
        return STATE_LABELS.computeIfAbsent(state, s -> Arc.container().instance(Engine.class).get()
                .parse("{msg:message('" + labelKey(s) + "')}").render());
    }

    static String labelKey(Action action) {
        return "action_" + action.apiName();
    }

    static String labelKey(org.factdesk.review.Guard guard) {
        return "guard_" + guard.name().toLowerCase(Locale.ROOT);
    }

    /** History entries are named by a workflow action or a research step, e.g. {@code source_added}. */
    static String eventKey(String action) {
        return "event_" + action;
    }

    static String stanceKey(String stance) {
        return "stance_" + stance;
    }

    static String kindKey(String kind) {
        return "kind_" + kind;
    }

    /** e.g. {@code in_research}, for CSS classes and URLs. */
    public static String cssName(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** A value for a query string. */
    static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package org.factdesk.workspace;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.claim.ClaimType;
import org.factdesk.review.Action;
import org.factdesk.review.Guard;
import org.factdesk.review.ReviewState;

/**
 * The one way templates name a value: {@code {state.label}}, {@code {type.label}},
 * {@code {action.label}}, {@code {guard.label}}, and for the string values of sources and
 * history {@code {source.stance.stanceLabel}}, {@code {source.kind.kindLabel}},
 * {@code {event.action.eventLabel}}. Each reads {@code messages/msg_<lang>.properties}.
 */
@TemplateExtension
public class Labels {

    private static final Map<String, String> MESSAGES = new ConcurrentHashMap<>();

    static String label(ReviewState state) {
        return message("state_" + cssName(state));
    }

    static String label(ClaimType type) {
        return message("claim_type_" + type.apiName());
    }

    static String label(Action action) {
        return message("action_" + action.apiName());
    }

    static String label(Guard guard) {
        return message("guard_" + guard.name().toLowerCase(Locale.ROOT));
    }

    /** What the desk is told after taking an action, and what comes next. */
    static String doneLabel(Action action) {
        return message("done_" + action.apiName());
    }

    /** History entries are named by a workflow action or a research step, e.g. {@code source_added}. */
    static String eventLabel(String action) {
        return message("event_" + action);
    }

    static String stanceLabel(String stance) {
        return message("stance_" + stance);
    }

    static String kindLabel(String kind) {
        return message("kind_" + kind);
    }

    /**
     * A message of the bundle, looked up once: {@code {msg:message(key)}} costs microseconds a
     * call, and the article view names the state of each of its claims (hundreds on a long
     * article).
     */
    private static String message(String key) {
        return message("label", key);
    }

    private static String message(String bundle, String key) {
        String cacheKey = bundle + ":" + key;
        String known = MESSAGES.get(cacheKey);
        if (known != null) {
            return known;
        }
        if (!key.matches("[a-z0-9_]+")) {
            return key; // only our own keys ever reach here; never parse anything else as a template
        }
        return MESSAGES.computeIfAbsent(
                cacheKey,
                k -> Arc.container()
                        .instance(Engine.class)
                        .get()
                        .parse("{" + bundle + ":message('" + key + "')}")
                        .render());
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

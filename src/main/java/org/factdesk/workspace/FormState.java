package org.factdesk.workspace;

import java.util.Map;

/**
 * A form the user sent that could not be saved: which form, what they typed (shown again,
 * so nothing is lost), each field's error and a message for the whole form.
 */
public record FormState(String form, Map<String, String> values, Map<String, String> errors, String message) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of(), null);

    /** True for the form this state belongs to (templates: {@code form.is('verdict')}). */
    public boolean is(String name) {
        return form.equals(name);
    }

    /** What the user typed in a field of this form, or the fallback. */
    public String value(String name, String field, Object fallback) {
        if (is(name) && values.containsKey(field)) {
            return values.get(field);
        }
        return fallback == null ? "" : fallback.toString();
    }

    public String error(String name, String field) {
        return is(name) ? errors.get(field) : null;
    }

    public String message(String name) {
        return is(name) ? message : null;
    }
}

package org.factdesk.workspace;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One form as a page draws it. For each field: what to show (the person's input if this form
 * was refused, else the saved value), its error, its ids and the {@code maxlength} its
 * request's {@code @Size} allows. Templates draw the fields with {@code {#field}}.
 */
@TemplateData
public final class Form {

    /** One field, ready to draw: {@code {#field form.field('title') label=... /}}. */
    @TemplateData
    public record Field(
            String name, String id, String errorId, String value, String error, Integer maxLength, boolean required) {

        public String hintId() {
            return id + "-hint";
        }

        /** The control's ARIA attributes: its hint and error as its description, and whether it is invalid. */
        public RawString aria(String hint) {
            StringBuilder described = new StringBuilder();
            if (hint != null && !hint.isEmpty()) {
                described.append(hintId());
            }
            if (error != null) {
                described.append(described.isEmpty() ? "" : " ").append(errorId);
            }
            return new RawString((described.isEmpty() ? "" : " aria-describedby=\"" + described + "\"")
                    + (error == null ? "" : " aria-invalid=\"true\"")
                    + (required ? " aria-required=\"true\"" : ""));
        }

        /** For a choice: true if this option is the one to show selected. */
        public boolean is(Object option) {
            return value.equals(String.valueOf(option));
        }
    }

    private static final Map<String, Integer> LIMITS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> REQUIRED = new ConcurrentHashMap<>();

    private final String key;
    private final FormState state;
    private final Map<String, Object> saved = new HashMap<>();
    private Class<?> request;
    private String address = "";
    private String idPattern = "%s";
    private String errorPattern;

    private Form(String key, FormState state) {
        this.key = key;
        this.state = state;
    }

    public static Form of(FormName name, FormState state) {
        return new Form(name.key(), state);
    }

    public static Form of(FormName name, long id, FormState state) {
        return new Form(name.key(id), state);
    }

    /** The request whose constraints limit the fields. */
    Form limitedBy(Class<?> type) {
        this.request = type;
        return this;
    }

    /** The address of the page the form is on, which the page shows again after a refusal. */
    Form at(String pageAddress) {
        this.address = pageAddress;
        return this;
    }

    public String address() {
        return address;
    }

    /** The fields in error, in the order the errors came, to link to from the error summary. */
    public java.util.List<Field> fieldErrors() {
        return shownAgain() ? state.errors().keySet().stream().map(this::field).toList() : java.util.List.of();
    }

    /** Field ids: {@code "source-%s"} gives {@code source-url}; errors get {@code -error} unless given. */
    Form ids(String pattern) {
        return ids(pattern, pattern + "-error");
    }

    Form ids(String pattern, String errorPattern) {
        this.idPattern = pattern;
        this.errorPattern = errorPattern;
        return this;
    }

    /** The value a field shows when the person has not typed one. */
    Form saved(String field, Object value) {
        saved.put(field, value);
        return this;
    }

    public String key() {
        return key;
    }

    /** This form was refused and is shown again. */
    public boolean shownAgain() {
        return state.is(key);
    }

    /** Why the form was refused (each field's own error stands next to it). */
    public String message() {
        return state.message(key);
    }

    /** Every field's error, for forms whose fields are hidden (a selection, a suggestion). */
    public Collection<String> errors() {
        return shownAgain() ? state.errors().values() : java.util.List.of();
    }

    public String value(String field) {
        return state.value(key, field, saved.get(field));
    }

    public Field field(String name) {
        String id = idPattern.formatted(name);
        String errorId = (errorPattern == null ? idPattern + "-error" : errorPattern).formatted(name);
        return new Field(name, id, errorId, value(name), state.error(key, name), maxLength(name), required(name));
    }

    /** A field the request cannot do without ({@code @NotBlank}, {@code @NotNull}). */
    private boolean required(String field) {
        if (request == null) {
            return false;
        }
        return REQUIRED.computeIfAbsent(request.getName() + "#" + field, k -> {
            try {
                var declared = request.getDeclaredField(field);
                return declared.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                        || declared.isAnnotationPresent(jakarta.validation.constraints.NotNull.class);
            } catch (NoSuchFieldException notInRequest) {
                return false;
            }
        });
    }

    /** The {@code @Size(max)} of a text component of the request, or null. */
    private Integer maxLength(String field) {
        if (request == null) {
            return null;
        }
        int max = LIMITS.computeIfAbsent(request.getName() + "#" + field, k -> {
            try {
                var declared = request.getDeclaredField(field);
                Size size = declared.getAnnotation(Size.class);
                return declared.getType() == String.class && size != null ? size.max() : 0;
            } catch (NoSuchFieldException notInRequest) {
                return 0;
            }
        });
        return max == 0 ? null : max;
    }
}

package org.factdesk.workspace;

import static org.factdesk.web.Texts.text;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/**
 * The one way a workspace form is handled: read the typed request from the bound form,
 * validate it, do the change and redirect (post, redirect, get); or, refused, show the page
 * again with the person's input, each field's error and the reason.
 */
@ApplicationScoped
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /**
     * Submits a form.
     *
     * @param input what the browser sent
     * @param key the form's key ({@link FormName#key()}), to show it again
     * @param change does the change with the valid request and answers where to go next
     * @param again the page to show again with the refused form's state
     */
    public <R> Response submit(
            FormInput<R> input, String key, Function<R, URI> change, Function<FormState, TemplateInstance> again) {
        try {
            R request = input.request();
            validate(request);
            return Response.seeOther(change.apply(request)).build();
        } catch (ProblemException problem) {
            return page(problem, again.apply(state(key, input, problem)));
        }
    }

    /** Bean validation of a request, as a 422 naming the fields; a NUL character is refused first. */
    public void validate(Object request) {
        if (request == null) {
            return; // a form with one optional value (a version) left empty: the service decides
        }
        Map<String, String> nul = new LinkedHashMap<>();
        for (Map.Entry<String, Object> component : components(request).entrySet()) {
            if (component.getValue() instanceof String value && Inputs.hasNul(value)) {
                nul.put(component.getKey(), text("input.nul"));
            }
        }
        if (!nul.isEmpty()) {
            throw ProblemException.invalid(nul);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString();
            errors.merge(
                    path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path,
                    v.getMessage(),
                    (a, b) -> a + "; " + b);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** What to show again: the person's input, each field's error and the form's message. */
    static FormState state(String key, Object input, ProblemException problem) {
        Map<String, String> values = new HashMap<>();
        components(input).forEach((field, value) -> values.put(field, value == null ? "" : value.toString()));
        if (problem.status() == 409) {
            // The page shows the claim as it is now; the next save is based on that version.
            values.remove("version");
        }
        var document = problem.problem();
        Map<String, String> errors = document.errors() == null ? Map.of() : document.errors();
        String message = problem.status() == 409 ? text("form.input-kept", document.detail()) : document.detail();
        return new FormState(key, values, errors, message);
    }

    /** The page again, with the status of the problem (422, 409, 403 ...). */
    static Response page(ProblemException problem, TemplateInstance page) {
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .build();
    }

    /** A record's components by name; nothing for other values. */
    private static Map<String, Object> components(Object value) {
        Map<String, Object> components = new LinkedHashMap<>();
        if (value != null && value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    components.put(component.getName(), component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }
        return components;
    }

    /** A text as typed. Browsers send a form's line breaks as CRLF; the stored texts have only LF. */
    static String multiline(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, text("input.whole-number"));
        }
    }

    static Long number(String field, String value) {
        Integer number = integer(field, value);
        return number == null ? null : number.longValue();
    }

    static LocalDate date(String field, String value) {
        return Inputs.date(field, value);
    }

    /** "a, b, c" as a list, without blanks. */
    static List<String> tags(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

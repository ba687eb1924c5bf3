package org.factdesk.workspace;

import static org.factdesk.web.Texts.text;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/** Reading HTML forms: typed values, bean validation, and the state to show again on error. */
@ApplicationScoped
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** A text field as typed. Browsers send a form's line breaks as CRLF; the stored texts have only LF. */
    public String multiline(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? null : value.replace("\r\n", "\n");
    }

    public Integer integer(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, text("input.whole-number"));
        }
    }

    public Long number(MultivaluedMap<String, String> form, String field) {
        Integer value = integer(form, field);
        return value == null ? null : value.longValue();
    }

    public LocalDate date(MultivaluedMap<String, String> form, String field) {
        return Inputs.date(field, form.getFirst(field));
    }

    public List<String> tags(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** Bean validation of a request built from a form, as a 422 naming the fields. */
    public void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        Map<String, String> nul = new LinkedHashMap<>();
        if (request.getClass().isRecord()) {
            for (var component : request.getClass().getRecordComponents()) {
                try {
                    if (component.getAccessor().invoke(request) instanceof String value && org.factdesk.web.Inputs.hasNul(value)) {
                        nul.put(component.getName(), text("input.nul"));
                    }
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }
        if (!nul.isEmpty()) {
            throw ProblemException.invalid(nul);
        }
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (ConstraintViolation<Object> v : violations) {
                String path = v.getPropertyPath().toString();
                errors.merge(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path, v.getMessage(),
                        (a, b) -> a + "; " + b);
            }
            throw ProblemException.invalid(errors);
        }
    }

    /** What to show again: the user's input, each field's error and the form's message. */
    public FormState state(String formName, MultivaluedMap<String, String> form, ProblemException problem) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        if (problem.status() == 409) {
            // The page shows the claim as it is now; the next save is based on that version.
            values.remove("version");
        }
        var document = problem.problem();
        Map<String, String> errors = document.errors() == null ? Map.of() : document.errors();
        String message = problem.status() == 409
                ? text("form.input-kept", document.detail())
                : document.detail();
        return new FormState(formName, values, errors, message);
    }

    /** The page again, with the status of the problem (422, 409, 403 ...). */
    public Response page(ProblemException problem, TemplateInstance page) {
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render()).build();
    }
}

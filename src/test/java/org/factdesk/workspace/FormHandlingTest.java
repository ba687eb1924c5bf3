package org.factdesk.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.source.SourceViews.SourceRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

/**
 * One way to handle a form: bound by {@code FormInputs}, submitted by {@code Forms}, drawn by
 * {@code Form} and {@code {#field}}. The rules hold the code there; the rest checks {@code Form}.
 */
class FormHandlingTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    @Test
    void noPageReadsARawForm() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.ws.rs.core.MultivaluedMap")
                .because("forms are bound to the records of FormInputs")
                .check(APP);
    }

    @Test
    void onlyFormsValidatesAndKeepsARefusedForm() {
        noClasses()
                .that()
                .resideInAPackage("org.factdesk.workspace..")
                .and()
                .doNotHaveSimpleName("Forms")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.validation.Validator")
                .because("Forms.submit validates every form")
                .check(APP);
        noClasses()
                .that()
                .resideInAPackage("org.factdesk.workspace..")
                .and()
                .doNotHaveSimpleName("Forms")
                .and()
                .doNotHaveSimpleName("WorkspaceViews")
                .and()
                .doNotHaveSimpleName("FormState")
                .should()
                .callConstructor(FormState.class, String.class, Map.class, Map.class, String.class)
                .because("a refused form's state comes from Forms.submit"
                        + " (the repeat's verdict draft is the one exception)")
                .check(APP);
    }

    @Test
    void everyFormComponentIsAFormField() {
        for (Class<?> form : FormInputs.class.getDeclaredClasses()) {
            if (FormInput.class.isAssignableFrom(form)) {
                for (var component : form.getRecordComponents()) {
                    assertEquals(
                            String.class,
                            component.getType(),
                            form.getSimpleName() + "." + component.getName()
                                    + ": a form holds what was typed, as text");
                    try {
                        assertTrue(
                                form.getDeclaredField(component.getName()).isAnnotationPresent(RestForm.class),
                                form.getSimpleName() + "." + component.getName() + " is bound with @RestForm");
                    } catch (NoSuchFieldException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    /** Field errors are drawn only by {#field}, and only the selection form writes its own CSRF token. */
    @Test
    void templatesDrawFieldsAndPostingFormsOneWay() throws IOException {
        List<String> handWritten = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(t);
                String name = t.toString().replace('\\', '/');
                if (text.contains("class=\"field-error\"") && !name.endsWith("tags/field.html")) {
                    handWritten.add(name + ": a field error outside {#field}");
                }
                if (text.contains("{#csrf")
                        && !name.endsWith("tags/postform.html")
                        && !name.endsWith("ReadingPages/read.html")) {
                    handWritten.add(name + ": {#csrf /} outside {#postform}");
                }
                long posting = java.util.regex.Pattern.compile("<form[^>]*method=\"post\"")
                        .matcher(text)
                        .results()
                        .count();
                if (posting
                        > (name.endsWith("tags/postform.html") || name.endsWith("ReadingPages/read.html") ? 1 : 0)) {
                    handWritten.add(name + ": a posting form outside {#postform}");
                }
            }
        }
        assertEquals(List.of(), handWritten);
    }

    @Test
    void aFieldShowsTheSavedValueUntilTheFormIsRefused() {
        Form fresh = Form.of(FormName.SOURCE, 12, FormState.NONE)
                .limitedBy(SourceRequest.class)
                .ids("%s-12", "%s-error-12")
                .saved("url", "https://example.org/a");
        Form.Field url = fresh.field("url");
        assertEquals("https://example.org/a", url.value());
        assertEquals("url-12", url.id());
        assertEquals("url-error-12", url.errorId());
        assertNull(url.error());
        assertFalse(fresh.shownAgain());

        FormState refused = new FormState(
                "source-12", Map.of("url", "data:text/html,x"), Map.of("url", "must be http"), "Not saved.");
        Form again = Form.of(FormName.SOURCE, 12, refused)
                .limitedBy(SourceRequest.class)
                .saved("url", "https://example.org/a");
        assertTrue(again.shownAgain());
        assertEquals("data:text/html,x", again.field("url").value(), "what the person typed stays");
        assertEquals("must be http", again.field("url").error());
        assertEquals("Not saved.", again.message());
        assertEquals(
                " aria-describedby=\"url-error\" aria-invalid=\"true\" aria-required=\"true\"",
                again.field("url").aria("").toString());

        Form other = Form.of(FormName.SOURCE, 13, refused).saved("url", "https://example.org/b");
        assertEquals(
                "https://example.org/b", other.field("url").value(), "another source's form is not the refused one");
        assertNull(other.field("url").error());
    }

    @Test
    void maxlengthComesFromTheRequestsConstraint() {
        Form form = Form.of(FormName.SOURCE, FormState.NONE).limitedBy(SourceRequest.class);
        assertEquals(2000, form.field("url").maxLength());
        assertEquals(500, form.field("title").maxLength());
        assertEquals(10_000, form.field("quotedPassage").maxLength());
        assertNull(form.field("stance").maxLength(), "no @Size, no limit");
        assertNull(form.field("accessedOn").maxLength(), "a date has no length");
        assertTrue(form.field("url").required(), "@NotBlank: required");
        assertFalse(form.field("publisher").required());
        assertNull(Form.of(FormName.REPEAT, FormState.NONE).field("claimId").maxLength());
    }

    @Test
    void formKeysNameTheFormAndItsItem() {
        assertEquals("verdict", FormName.VERDICT.key());
        assertEquals("source-12", FormName.SOURCE.key(12));
    }
}

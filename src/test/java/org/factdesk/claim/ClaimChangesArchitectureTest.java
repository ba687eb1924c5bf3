package org.factdesk.claim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One locked, versioned path for every change to a claim, made structural: only
 * {@link ClaimChanges} (and {@link Claim} itself) writes a claim's fields, calls its mutators,
 * persists or deletes it, or locks it; and no SQL statement in the application updates or
 * deletes claim rows behind that path.
 */
class ClaimChangesArchitectureTest {

    /** Claim's methods that change it (its own mutators, and what Panache gives every entity). */
    static final Set<String> MUTATORS = Set.of(
            "apply",
            "on",
            "replace",
            "moveTo",
            "proposeVerdict",
            "repeatOf",
            "touch",
            "persist",
            "persistAndFlush",
            "delete",
            "deleteAll",
            "deleteById",
            "update",
            "findForUpdate");

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    private static boolean onThePath(JavaAccess<?> access) {
        String origin = access.getOriginOwner().getName();
        return origin.equals(Claim.class.getName())
                || origin.equals(ClaimChanges.class.getName())
                || origin.startsWith(ClaimChanges.class.getName() + "$");
    }

    @Test
    void onlyClaimChangesWritesAClaimsFields() {
        noClasses()
                .should()
                .setFieldWhere(new DescribedPredicate<JavaFieldAccess>("a field of Claim, outside ClaimChanges") {
                    @Override
                    public boolean test(JavaFieldAccess access) {
                        return access.getTargetOwner().isEquivalentTo(Claim.class) && !onThePath(access);
                    }
                })
                .check(APP);
    }

    @Test
    void onlyClaimChangesCallsAClaimsMutatorsOrLocksIt() {
        noClasses()
                .should()
                .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a mutator of Claim, outside ClaimChanges") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().isEquivalentTo(Claim.class)
                                && MUTATORS.contains(call.getName())
                                && !onThePath(call);
                    }
                })
                .check(APP);
    }

    @Test
    void theRuleSeesTheWritesThatDoHappen() {
        // Guards the rules above against matching nothing: ClaimChanges does write and lock claims.
        long writes = APP.get(ClaimChanges.class).getMethodCallsFromSelf().stream()
                .filter(c -> c.getTargetOwner().isEquivalentTo(Claim.class) && MUTATORS.contains(c.getName()))
                .count();
        assertTrue(writes >= 6, "ClaimChanges calls Claim's mutators: " + writes);
        long fieldWrites = APP.get(Claim.class).getFieldAccessesFromSelf().stream()
                .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.SET)
                .count();
        assertTrue(fieldWrites > 10, "Claim writes its own fields: " + fieldWrites);
    }

    @Test
    void noStatementUpdatesOrDeletesClaimRowsBehindThePath() throws IOException {
        Pattern write = Pattern.compile("(update\\s+claim\\s|delete\\s+from\\s+claim\\s|insert\\s+into\\s+claim\\s)");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return write.matcher(Files.readString(p).toLowerCase(Locale.ROOT))
                                    .find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), offenders, "SQL that writes claim rows outside ClaimChanges");
    }
}

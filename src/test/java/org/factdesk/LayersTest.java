package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, and dependencies point one way: the kernel ({@code web}: problems,
 * texts, inputs; the configuration; {@code security}: roles, the actor) at the bottom, the
 * domain features above it, the pages on top. The test prints the package graph it read.
 */
class LayersTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    /** Bottom to top: a package may use those on lower layers (and its own) only. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("web"),
            Set.of(""),
            Set.of("security"),
            Set.of("people", "review", "article"),
            Set.of("claim"),
            Set.of("source", "collaboration", "repeat", "suggestion", "correction"),
            Set.of("publication"),
            Set.of("workspace"));

    @Test
    void noPackageCycles() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void everyPackageUsesOnlyLowerLayers() {
        Map<String, Set<String>> graph = graph();
        graph.forEach((from, tos) -> System.out.println("package graph: " + label(from) + " -> "
                + tos.stream().map(LayersTest::label).toList()));
        List<String> upward = new java.util.ArrayList<>();
        graph.forEach((from, tos) -> tos.forEach(to -> {
            if (layer(to) >= layer(from)) {
                upward.add(label(from) + " -> " + label(to));
            }
        }));
        assertEquals(List.of(), upward, "dependencies that do not point down a layer");
    }

    @Test
    void domainCodeNeverUsesPages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.factdesk.workspace..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.factdesk.workspace..")
                .check(APP);
    }

    /** Resources parse, call a service and answer: no EntityManager, no Panache finder. */
    @Test
    void resourcesDoNotQueryTheDatabase() {
        noClasses()
                .that(RESOURCES)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(APP);
        noClasses()
                .that(RESOURCES)
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a Panache entity's finder",
                        call -> call.getTargetOwner()
                                        .isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                                && call.getTarget()
                                        .resolveMember()
                                        .map(m -> m.getModifiers()
                                                .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                                        .orElse(false)))
                .check(APP);
    }

    /**
     * A feature reads another's entities only through that feature's service: no class calls a
     * query (a static method that does not build the entity, e.g. {@code Claim.list},
     * {@code ArticleVersion.findVersion}) of an entity in another package. Only {@code claim}
     * changes claims ({@code ClaimChangesArchitectureTest}).
     */
    @Test
    void featuresQueryOnlyTheirOwnEntities() {
        noClasses()
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a query of another package's entity", call -> {
                            JavaClass owner = call.getTargetOwner();
                            return owner.isAnnotatedWith("jakarta.persistence.Entity")
                                    && !owner.getPackageName()
                                            .equals(call.getOriginOwner().getPackageName())
                                    && call.getTarget()
                                            .resolveMember()
                                            .map(m -> m.getModifiers()
                                                            .contains(
                                                                    com.tngtech.archunit.core.domain.JavaModifier
                                                                            .STATIC)
                                                    && !m.getRawReturnType().equals(owner))
                                            .orElse(false);
                        }))
                .check(APP);
    }

    static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> RESOURCES =
            com.tngtech.archunit.base.DescribedPredicate.describe(
                    "resources (@Path classes, *Api, *Pages)",
                    c -> c.isAnnotatedWith("jakarta.ws.rs.Path")
                            || c.getSimpleName().endsWith("Api")
                            || c.getSimpleName().endsWith("Pages"));

    @Test
    void theArchitectureDocShowsTheseLayers() throws java.io.IOException {
        // Rows "| layer | `package` | …" of docs/ARCHITECTURE.md, bottom up: the same packages, in layer order.
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| [a-z ]+ \\| (`(\\w+)`|\\(root\\)) \\|")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("docs/ARCHITECTURE.md")));
        List<String> documented = new java.util.ArrayList<>();
        while (row.find()) {
            documented.add(row.group(2) == null ? "" : row.group(2));
        }
        Set<String> all = new TreeSet<>();
        LAYERS.forEach(all::addAll);
        assertEquals(all, new TreeSet<>(documented), "the packages in docs/ARCHITECTURE.md's layer table");
        for (int i = 1; i < documented.size(); i++) {
            assertTrue(
                    layer(documented.get(i - 1)) <= layer(documented.get(i)),
                    "docs/ARCHITECTURE.md lists " + label(documented.get(i)) + " after "
                            + label(documented.get(i - 1)));
        }
    }

    /**
     * docs/ARCHITECTURE.md's package graph is generated from the compiled classes, between two
     * markers; a stale one fails the build. {@code -Dgraph.write=true} writes it again.
     */
    @Test
    void theArchitectureDocDrawsTheGraphAsCompiled() throws java.io.IOException {
        java.nio.file.Path doc = java.nio.file.Path.of("docs/ARCHITECTURE.md");
        String text = java.nio.file.Files.readString(doc);
        String start = "<!-- package-graph: generated by LayersTest -->\n";
        String end = "<!-- /package-graph -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, "docs/ARCHITECTURE.md has the package graph's markers");
        String drawn = text.substring(from + start.length(), to);
        String compiled = mermaid(graph());
        if (Boolean.getBoolean("graph.write") && !drawn.equals(compiled)) {
            java.nio.file.Files.writeString(
                    doc, text.substring(0, from + start.length()) + compiled + text.substring(to));
            drawn = compiled;
        }
        assertEquals(
                compiled,
                drawn,
                "docs/ARCHITECTURE.md's package graph"
                        + " (regenerate: ./factdesk test -Dtest=LayersTest -Dgraph.write=true)");
    }

    /**
     * The graph as a Mermaid flowchart, top layer first, each arrow a package using another.
     * Arrows into the kernel (web, root, security), which every package may use, are left out.
     */
    static String mermaid(Map<String, Set<String>> graph) {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart TD\n");
        List<String> order = new java.util.ArrayList<>(graph.keySet());
        order.sort(
                java.util.Comparator.comparingInt(LayersTest::layer).reversed().thenComparing(f -> f));
        for (String f : order) {
            if (layer(f) <= layer("security")) {
                continue;
            }
            for (String t : graph.get(f)) {
                if (layer(t) <= layer("security")) {
                    continue;
                }
                out.append("  ").append(node(f)).append(" --> ").append(node(t)).append('\n');
            }
        }
        return out.append("```\n").toString();
    }

    private static String node(String feature) {
        return feature.isEmpty() ? "root[\"(root)\"]" : feature;
    }

    /** Package → the packages its classes use (within org.factdesk; "" is the root). */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : APP) {
            String from = feature(c.getPackageName());
            graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith("org.factdesk") && !feature(target).equals(from)) {
                    graph.get(from).add(feature(target));
                }
            }
        }
        return graph;
    }

    private static String feature(String pkg) {
        String rest = pkg.equals("org.factdesk") ? "" : pkg.substring("org.factdesk.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static int layer(String feature) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(feature)) {
                return i;
            }
        }
        throw new AssertionError("package org.factdesk." + feature + " is on no layer: add it to LayersTest.LAYERS");
    }

    private static String label(String feature) {
        return feature.isEmpty() ? "(root)" : feature;
    }
}

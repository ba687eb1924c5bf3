package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.ops.MixedLoadCheck;
import org.factdesk.testing.Docs;
import org.junit.jupiter.api.Test;

/**
 * The figures the documents quote about the review tests are the ones the tests use: a changed
 * count fails the build instead of leaving a stale document.
 */
class DocsAgreeWithTestsTest {

    @Test
    void everyQuotedNumberOfConcurrentApprovalsIsTheTestsOwn() throws IOException {
        Pattern quoted =
                Pattern.compile("(\\d+) (?:concurrent|simultaneous)\\s+approvals|(\\d+) approvals of one claim");
        List<String> found = new ArrayList<>();
        for (Path doc : docs()) {
            Matcher m = quoted.matcher(Files.readString(doc));
            while (m.find()) {
                int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                found.add(doc.getFileName() + ": " + n);
                assertEquals(ReviewFlowTest.CONCURRENT_APPROVALS, n, doc + " quotes " + m.group());
            }
        }
        System.out.println("concurrent approvals quoted in docs: " + found);
        assertTrue(found.size() >= 2, "the docs quote the figure: " + found);
    }

    @Test
    void oneApprovalWinsAndTheOthersGetTheirConflict() {
        Docs.assertQuotes(
                "docs/RELIABILITY.md", "exactly one 200, (\\d+) × 409", ReviewFlowTest.CONCURRENT_APPROVALS - 1);
    }

    @Test
    void theQuotedNumberOfWorkflowTableCasesIsTheTestsOwn() {
        int cases = ReviewState.values().length * Action.values().length * WorkflowTest.ROLES.size();
        System.out.println("workflow table cases: " + cases);
        Docs.assertQuotes("docs/OPERATIONS.md", "workflow table \\((\\d+) parameterized cases\\)", cases);
        Docs.assertQuotes("docs/SECURITY.md", "`WorkflowTest` \\((\\d+) cases\\)", cases);
    }

    /**
     * Quarkus' config mapping refuses unknown factdesk.* properties, so a test knob under that
     * prefix (-Dfactdesk.replay.seed=1) stops the application from starting: no test reads one
     * and no document tells anyone to pass one.
     */
    @Test
    void noRerunPropertyIsUnderTheApplicationsPrefix() throws IOException {
        Pattern knob = Pattern.compile("(?:getLong|getInteger|getBoolean|getProperty)\\(\\s*\"factdesk\\.[^\"]*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> tests = Files.walk(Path.of("src/test/java"))) {
            for (Path test : tests.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = knob.matcher(Files.readString(test));
                while (m.find()) {
                    found.add(test + ": " + m.group());
                }
            }
        }
        for (String doc : Docs.all()) {
            Matcher m = Pattern.compile("-Dfactdesk\\.[\\w.-]+").matcher(Docs.read(doc));
            while (m.find()) {
                found.add(doc + ": " + m.group());
            }
        }
        assertEquals(
                List.of(),
                found,
                "factdesk.* is the application's configuration; name test knobs otherwise (e.g. replay.seed)");
    }

    /** The load check's defaults (./factdesk check) are the ones the documents describe. */
    @Test
    void theQuotedLoadIsTheLoadChecksDefault() {
        int users = MixedLoadCheck.DEFAULT_USERS;
        int editors = (users + MixedLoadCheck.EDITOR_EVERY - 1) / MixedLoadCheck.EDITOR_EVERY;
        assertEquals(0, MixedLoadCheck.DEFAULT_SECONDS % 60, "the load runs whole minutes");
        int minutes = MixedLoadCheck.DEFAULT_SECONDS / 60;
        System.out.printf(
                "load check defaults: %d users (%d reviewers, %d editors) for %d minutes%n",
                users, users - editors, editors, minutes);
        Docs.assertQuotes("docs/RELIABILITY.md", "(\\d+) virtual users for (\\d+) minutes", users, minutes);
        Docs.assertQuotes("docs/RELIABILITY.md", "cores\\): (\\d+) reviewers create claims", users - editors);
        Docs.assertQuotes("docs/RELIABILITY.md", "submit; (\\d+) editors take claims", editors);
        Docs.assertQuotes("docs/OPERATIONS.md", "then (\\d+) users for (\\d+) minutes", users, minutes);
    }

    /**
     * sqlmap's targets are in scripts/check.sh: its parameters (query parameters, and a path
     * marked with *) are the ones docs/SECURITY.md lists and docs/OPERATIONS.md counts.
     */
    @Test
    void theQuotedSqlmapParametersAreTheCheckScriptsOwn() throws IOException {
        Matcher target = Pattern.compile("sqlmap_target (\\S+) \"([^\"]+)\"")
                .matcher(Files.readString(Path.of("scripts/check.sh")));
        int parameters = 0;
        List<String> targets = new ArrayList<>();
        while (target.find()) {
            String url = target.group(2);
            int n = url.contains("?") ? url.substring(url.indexOf('?') + 1).split("&").length : 0;
            n += url.replaceAll("\\?.*", "").contains("*") ? 1 : 0;
            targets.add(target.group(1) + " " + n);
            parameters += n;
        }
        Matcher listed = Pattern.compile("(?m)^\\| `[^`]+`[^|]*\\| ([^|]+) \\| \\d+ \\| not injectable \\|$")
                .matcher(Docs.read("docs/SECURITY.md"));
        int documented = 0;
        while (listed.find()) {
            documented += listed.group(1).startsWith("the path id")
                    ? 1
                    : listed.group(1).split(",").length;
        }
        System.out.printf(
                "sqlmap: %d parameters in scripts/check.sh (%s), %d in docs/SECURITY.md's table%n",
                parameters, targets, documented);
        assertEquals(parameters, documented, "docs/SECURITY.md lists sqlmap's targets");
        Docs.assertQuotes("docs/OPERATIONS.md", "sqlmap on (\\d+) parameters", parameters);
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            List<Path> docs = new ArrayList<>(
                    files.filter(p -> p.toString().endsWith(".md")).toList());
            docs.add(Path.of("README.md"));
            return docs;
        }
    }
}

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
import org.junit.jupiter.api.Test;

/**
 * The figures the documents quote about the review tests are the ones the tests use: a changed
 * count fails the build instead of leaving a stale document.
 */
class DocsAgreeWithTestsTest {

    @Test
    void everyQuotedNumberOfConcurrentApprovalsIsTheTestsOwn() throws IOException {
        Pattern quoted = Pattern.compile("(\\d+) (?:concurrent|simultaneous)\\s+approvals|(\\d+) approvals of one claim");
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
    void theQuotedNumberOfWorkflowTableCasesIsTheTestsOwn() throws IOException {
        int cases = ReviewState.values().length * Action.values().length * WorkflowTest.ROLES.size();
        Matcher m = Pattern.compile("workflow table \\((\\d+) parameterized cases\\)")
                .matcher(Files.readString(Path.of("docs/OPERATIONS.md")));
        assertTrue(m.find(), "docs/OPERATIONS.md quotes the number of workflow table cases");
        System.out.println("workflow table cases: " + cases);
        assertEquals(cases, Integer.parseInt(m.group(1)), "docs/OPERATIONS.md");
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            List<Path> docs = new ArrayList<>(files.filter(p -> p.toString().endsWith(".md")).toList());
            docs.add(Path.of("README.md"));
            return docs;
        }
    }
}

package org.factdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents quote what the tests measured: a test hands its figures to
 * {@link #assertQuotes}, so a changed count fails the build instead of leaving a stale
 * document. Numbers are compared without thousands separators ("1,060" = 1060).
 */
public final class Docs {

    private Docs() {}

    /** A document of the project, by its path from the project's root (e.g. "docs/SECURITY.md"). */
    public static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/*.md and README.md. */
    public static List<String> all() {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            List<String> docs = new ArrayList<>(files.map(Path::toString)
                    .filter(p -> p.endsWith(".md"))
                    .sorted()
                    .toList());
            docs.add("README.md");
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document quotes the measured figures: {@code regex} occurs in it at least once, and in
     * every occurrence group i is {@code measured[i]}. The document's line breaks and indentation
     * count as single spaces, so a space in the regex matches where the sentence wraps. Prints
     * what was compared.
     */
    public static void assertQuotes(String path, String regex, Object... measured) {
        int found = quotes(path, regex, measured);
        assertTrue(
                found > 0,
                path + " should quote " + describe(regex, measured) + " (measured), but the sentence is not there");
    }

    /** Like {@link #assertQuotes} over every document; returns how many quotes there are (at least one). */
    public static int assertQuotedEverywhere(String regex, Object... measured) {
        int found = 0;
        for (String doc : all()) {
            found += quotes(doc, regex, measured);
        }
        assertTrue(found > 0, "the docs should quote " + describe(regex, measured) + " (measured), but none does");
        return found;
    }

    private static int quotes(String path, String regex, Object... measured) {
        // Line breaks and indentation are spaces: a sentence may wrap anywhere.
        Matcher m = Pattern.compile(regex).matcher(read(path).replaceAll("\\s+", " "));
        int found = 0;
        while (m.find()) {
            assertEquals(measured.length, m.groupCount(), "one group per measured figure in " + regex);
            List<String> quoted = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < measured.length; i++) {
                quoted.add(plain(m.group(i + 1)));
                expected.add(plain(String.valueOf(measured[i])));
            }
            assertEquals(
                    expected,
                    quoted,
                    path + " quotes \"" + m.group() + "\": the test measured " + expected + "; correct the document");
            found++;
        }
        if (found > 0) {
            System.out.printf("docs: %s quotes %s %d time(s), as measured%n", path, describe(regex, measured), found);
        }
        return found;
    }

    private static String plain(String figure) {
        return figure == null
                ? ""
                : figure.replaceAll("(?<=\\d)[,\u00a0\u202f](?=\\d{3})", "").strip();
    }

    private static String describe(String regex, Object... measured) {
        return "/" + regex + "/ = " + List.of(measured);
    }
}

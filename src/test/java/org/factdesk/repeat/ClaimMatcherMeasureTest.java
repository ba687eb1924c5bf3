package org.factdesk.repeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.testing.Docs;
import org.junit.jupiter.api.Test;

/**
 * "Already checked?" measured: every labelled pair (src/test/resources/already-checked) is
 * compared through the real database (pg_trgm, unaccent, English full-text search) and the
 * matcher, at the configured thresholds. The floors keep it from silently getting worse; the
 * report (target/already-checked.md) is what docs/ALREADY-CHECKED.md quotes.
 */
@QuarkusTest
class ClaimMatcherMeasureTest {

    record Pair(String label, String kind, String a, String b) {
        boolean relevant() {
            return !label.equals("different");
        }
    }

    record Scored(Pair pair, double trigram, double score, String differences) {}

    record Rates(double precision, double recall, int found, int wrong) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "precision %.2f, recall %.2f (%d right, %d wrong)", precision, recall, found, wrong);
        }
    }

    static final double SUGGEST_PRECISION = 0.65;
    static final double SUGGEST_RECALL = 0.50;
    static final double LIKELY_PRECISION = 0.95;
    static final double LIKELY_RECALL = 0.45;
    static final double SAME_RECALL = 0.90;
    static final double BEATS_TRIGRAM_BY = 0.2;
    /** "Suggest" is the lowest threshold where precision reaches this. */
    static final double SUGGEST_CHOSEN_AT = 0.70;

    @Inject
    SimilarClaims similar;

    static List<Pair> pairs() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/already-checked/pairs.tsv"), StandardCharsets.UTF_8);
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0], f[1], f[2], f[3]));
        }
        return pairs;
    }

    static Rates rates(List<Scored> scored, ToDoubleFunction<Scored> score, double threshold, String label) {
        int found = 0;
        int wrong = 0;
        int relevant = 0;
        for (Scored s : scored) {
            boolean counts =
                    label == null ? s.pair().relevant() : s.pair().label().equals(label);
            relevant += counts ? 1 : 0;
            if (score.applyAsDouble(s) >= threshold) {
                if (counts) {
                    found++;
                } else if (!s.pair().relevant()) {
                    wrong++;
                }
            }
        }
        return new Rates(
                found + wrong == 0 ? 1 : (double) found / (found + wrong), (double) found / relevant, found, wrong);
    }

    @Test
    void theLabelledPairsAreMatchedAtTheConfiguredThresholds() throws IOException {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() >= 60, "at least 60 labelled pairs");
        List<Scored> scored = new ArrayList<>();
        for (Pair p : pairs) {
            SimilarClaims.Comparison c = similar.compare(p.a(), p.b());
            scored.add(new Scored(
                    p, c.trigram(), c.match().score(), c.match().differences().toString()));
        }
        double suggest = similar.suggestFrom();
        double likely = similar.likelySameFrom();
        Rates atSuggest = rates(scored, Scored::score, suggest, null);
        Rates atLikely = rates(scored, Scored::score, likely, null);
        Rates sameAtSuggest = rates(scored, Scored::score, suggest, "same");
        Rates paraphraseAtSuggest = rates(scored, Scored::score, suggest, "paraphrase");

        StringBuilder report = new StringBuilder(
                "| method | threshold | precision | recall | right | wrong |\n|---|---|---|---|---|---|\n");
        for (double t : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8}) {
            row(report, "Factdesk matcher", t, rates(scored, Scored::score, t, null));
        }
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            row(report, "pg_trgm similarity alone", t, rates(scored, Scored::trigram, t, null));
        }
        report.append("\nAt suggest ")
                .append(suggest)
                .append(": ")
                .append(atSuggest)
                .append("; same pairs: ")
                .append(sameAtSuggest)
                .append("; paraphrases: ")
                .append(paraphraseAtSuggest)
                .append("\nAt likely-same ")
                .append(likely)
                .append(": ")
                .append(atLikely)
                .append("\n\n| score | trigram | label | kind | differences | a | b |\n"
                        + "|---|---|---|---|---|---|---|\n");
        scored.stream()
                .sorted((x, y) -> Double.compare(y.score(), x.score()))
                .forEach(s -> report.append(String.format(
                        Locale.ROOT,
                        "| %.2f | %.2f | %s | %s | %s | %s | %s |%n",
                        s.score(),
                        s.trigram(),
                        s.pair().label(),
                        s.pair().kind(),
                        s.differences(),
                        s.pair().a(),
                        s.pair().b())));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/already-checked.md"), report.toString());
        System.out.println(report.substring(0, report.indexOf("\n\n| score")));

        // The floors; docs/ALREADY-CHECKED.md quotes them and the figures measured above.
        assertTrue(
                atSuggest.precision() >= SUGGEST_PRECISION && atSuggest.recall() >= SUGGEST_RECALL,
                "suggest: " + atSuggest);
        assertTrue(
                atLikely.precision() >= LIKELY_PRECISION && atLikely.recall() >= LIKELY_RECALL,
                "likely the same: " + atLikely);
        assertTrue(sameAtSuggest.recall() >= SAME_RECALL, "near-verbatim repeats are found: " + sameAtSuggest);
        Rates trigramAtLikely = rates(scored, Scored::trigram, likely, null);
        assertTrue(
                atLikely.precision() > trigramAtLikely.precision() + BEATS_TRIGRAM_BY,
                "the matcher must beat pg_trgm alone: " + atLikely + " against " + trigramAtLikely);
        Objects.requireNonNull(paraphraseAtSuggest);

        String doc = "docs/ALREADY-CHECKED.md";
        Docs.assertQuotes(doc, "It has (\\d+) pairs", pairs.size());
        Docs.assertQuotes(
                doc,
                "- (\\d+) the same claim, near-verbatim; - (\\d+) paraphrases; - (\\d+) different claims",
                count(pairs, Pair::label, "same"),
                count(pairs, Pair::label, "paraphrase"),
                count(pairs, Pair::label, "different"));
        Docs.assertQuotes(
                doc,
                "By topic: numbers (\\d+), negations (\\d+), names (\\d+), general (\\d+)\\.",
                count(pairs, Pair::kind, "numbers"),
                count(pairs, Pair::kind, "negation"),
                count(pairs, Pair::kind, "names"),
                count(pairs, Pair::kind, "general"));
        // Every row of the document's table is a row of the measured one.
        String measured = report.substring(0, report.indexOf("\n\n") + 1);
        Matcher row = Pattern.compile("(?m)^\\| (?:\\*\\*)?(Factdesk matcher|pg_trgm similarity alone)"
                        + "(?: \\(\"[^\"]+\"\\))?(?:\\*\\*)?"
                        + " \\| (?:\\*\\*)?([\\d.]+)(?:\\*\\*)? \\| (?:\\*\\*)?([\\d.]+)(?:\\*\\*)?"
                        + " \\| (?:\\*\\*)?([\\d.]+)(?:\\*\\*)?"
                        + " \\| (\\d+) \\| (\\d+) \\|$")
                .matcher(Docs.read(doc));
        int rows = 0;
        while (row.find()) {
            String plain = "| "
                    + String.join(
                            " | ", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5), row.group(6))
                    + " |";
            assertTrue(
                    measured.contains(plain + "\n"),
                    doc + " shows the row " + plain + ", which is not what was measured:\n" + measured);
            rows++;
        }
        assertTrue(rows >= 5, doc + " shows the measured table: " + rows + " rows found");
        Docs.assertQuotes(
                doc, "\\*\\*Factdesk matcher \\(\"suggest\"\\)\\*\\* \\| \\*\\*(\\d+\\.\\d+)\\*\\*", two(suggest));
        Docs.assertQuotes(
                doc,
                "\\*\\*Factdesk matcher \\(\"likely the same\"\\)\\*\\* \\| \\*\\*(\\d+\\.\\d+)\\*\\*",
                two(likely));
        Docs.assertQuotes(doc, "`factdesk.repeats.suggest` \\((\\d+\\.\\d+)\\)", String.valueOf(suggest));
        Docs.assertQuotes(doc, "`factdesk.repeats.likely-same` \\((\\d+\\.\\d+)\\)", String.valueOf(likely));
        Docs.assertQuotes(
                doc,
                "Near-verbatim repeats: (\\d+) of (\\d+) \\(recall (\\d+\\.\\d+)\\)",
                sameAtSuggest.found(),
                count(pairs, Pair::label, "same"),
                two(sameAtSuggest.recall()));
        Docs.assertQuotes(
                doc,
                "Paraphrases: (\\d+) of (\\d+) \\((\\d+\\.\\d+)\\)",
                paraphraseAtSuggest.found(),
                count(pairs, Pair::label, "paraphrase"),
                two(paraphraseAtSuggest.recall()));
        Docs.assertQuotes("README.md", "recall (\\d+\\.\\d+) on\\s+reworded claims", two(paraphraseAtSuggest.recall()));
        Docs.assertQuotes(
                doc,
                "At the same threshold of (\\d+\\.\\d+), it is wrong (\\d+) times"
                        + " where the matcher is wrong (\\d+) times",
                String.valueOf(likely),
                trigramAtLikely.wrong(),
                atLikely.wrong());
        Docs.assertQuotes(
                doc,
                "at \"suggest\": precision ≥ (\\d+\\.\\d+) and recall ≥ (\\d+\\.\\d+);",
                two(SUGGEST_PRECISION),
                two(SUGGEST_RECALL));
        Docs.assertQuotes(
                doc,
                "at \"likely the same\": precision ≥ (\\d+\\.\\d+) and recall ≥ (\\d+\\.\\d+);",
                two(LIKELY_PRECISION),
                two(LIKELY_RECALL));
        Docs.assertQuotes(doc, "recall of near-verbatim repeats ≥ (\\d+\\.\\d+);", two(SAME_RECALL));
        Docs.assertQuotes(
                doc,
                "the matcher's precision at least (\\d+\\.\\d+) above pg_trgm alone",
                String.valueOf(BEATS_TRIGRAM_BY));
        // How the thresholds were chosen, as the document says.
        double[] steps = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8};
        double noWrong = java.util.Arrays.stream(steps)
                .filter(t -> rates(scored, Scored::score, t, null).wrong() == 0)
                .min()
                .orElse(-1);
        double reaches = java.util.Arrays.stream(steps)
                .filter(t -> rates(scored, Scored::score, t, null).precision() >= SUGGEST_CHOSEN_AT)
                .min()
                .orElse(-1);
        assertEquals(likely, noWrong, 1e-9, "\"likely the same\" is the lowest threshold with no wrong pair");
        assertEquals(suggest, reaches, 1e-9, "\"suggest\" is where precision first reaches " + SUGGEST_CHOSEN_AT);
        Docs.assertQuotes(doc, "\"Suggest\" is where precision first reaches (\\d+\\.\\d+)\\.", two(SUGGEST_CHOSEN_AT));
    }

    private static long count(List<Pair> pairs, java.util.function.Function<Pair, String> field, String value) {
        return pairs.stream().filter(p -> field.apply(p).equals(value)).count();
    }

    private static String two(double figure) {
        return String.format(Locale.ROOT, "%.2f", figure);
    }

    private static void row(StringBuilder report, String method, double t, Rates r) {
        report.append(String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %d | %d |%n",
                method,
                t,
                r.precision(),
                r.recall(),
                r.found(),
                r.wrong()));
    }
}

package org.factdesk.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.factdesk.suggestion.CheckWorthiness.Suggestion;
import org.factdesk.testing.Docs;
import org.junit.jupiter.api.Test;

/**
 * The suggestions measured against hand-annotated articles (src/test/resources/checkworthy):
 * a suggestion is right when it overlaps a phrase the annotator marked. The figures are the
 * ones in docs/SUGGESTIONS.md (checked here); the floors keep them from getting worse unnoticed.
 */
class CheckWorthinessPrecisionTest {

    static final Path SET = Path.of("src/test/resources/checkworthy");
    static final int K = 5;
    static final double PRECISION_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.60;

    record Phrase(String file, String text) {}

    @Test
    void precisionAndRecallOfTheTopFiveOnTheLabelledArticles() throws Exception {
        List<Phrase> phrases = Files.readAllLines(SET.resolve("annotations.tsv")).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(f -> new Phrase(f[0], f[1]))
                .toList();
        List<String> files = phrases.stream().map(Phrase::file).distinct().toList();
        assertTrue(files.size() >= 5, "at least 5 annotated articles");
        int suggested = 0;
        int right = 0;
        int found = 0;
        int sentences = 0;
        int reachable = 0;
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        StringBuilder report = new StringBuilder();
        for (String file : files) {
            String text = Files.readString(SET.resolve("articles").resolve(file));
            sentences += sentences(text);
            int annotated =
                    (int) phrases.stream().filter(p -> p.file().equals(file)).count();
            reachable += Math.min(K, annotated);
            fewest = Math.min(fewest, annotated);
            most = Math.max(most, annotated);
            List<int[]> marked = phrases.stream()
                    .filter(p -> p.file().equals(file))
                    .map(p -> {
                        int at = text.indexOf(p.text());
                        assertTrue(at >= 0, "annotated phrase in " + file + ": " + p.text());
                        return new int[] {at, at + p.text().length()};
                    })
                    .toList();
            List<Suggestion> top = CheckWorthiness.suggest(text, K);
            suggested += top.size();
            for (Suggestion s : top) {
                boolean hit = marked.stream().anyMatch(m -> s.start() < m[1] && s.end() > m[0]);
                right += hit ? 1 : 0;
                report.append(String.format(
                        Locale.ROOT, "%s %-5s %.1f %s%n", file, hit ? "right" : "wrong", s.score(), s.exact()));
            }
            found += (int) marked.stream()
                    .filter(m -> top.stream().anyMatch(s -> s.start() < m[1] && s.end() > m[0]))
                    .count();
        }
        double precision = (double) right / suggested;
        double recall = (double) found / phrases.size();
        System.out.printf(
                Locale.ROOT,
                "check-worthiness on %d articles (%d sentences), %d annotated phrases (%d-%d per article):"
                        + " precision@%d %.2f (%d/%d), recall@%d %.2f (%d/%d), at most %.2f%n%s",
                files.size(),
                sentences,
                phrases.size(),
                fewest,
                most,
                K,
                precision,
                right,
                suggested,
                K,
                recall,
                found,
                phrases.size(),
                (double) reachable / phrases.size(),
                report);
        assertEquals(K * files.size(), suggested, "every article has at least " + K + " suggestions");
        assertTrue(
                precision >= PRECISION_FLOOR,
                "precision@" + K + " " + precision + " below " + PRECISION_FLOOR + "\n" + report);
        assertTrue(recall >= RECALL_FLOOR, "recall@" + K + " " + recall + " below " + RECALL_FLOOR + "\n" + report);

        String doc = "docs/SUGGESTIONS.md";
        Docs.assertQuotes(doc, "(\\d+) articles and (\\d+) sentences", files.size(), sentences);
        Docs.assertQuotes(doc, "with (\\d+) check-worthy phrases", phrases.size());
        Docs.assertQuotes(
                doc,
                "Top (\\d+) per article: \\*\\*precision (\\d+\\.\\d+)\\*\\* \\((\\d+)/(\\d+) suggestions",
                K,
                two(precision),
                right,
                suggested);
        Docs.assertQuotes(
                doc,
                "\\*\\*recall (\\d+\\.\\d+)\\*\\* \\((\\d+) of the (\\d+) phrases are found\\)",
                two(recall),
                found,
                phrases.size());
        Docs.assertQuotes(
                doc,
                "Recall cannot exceed about (\\d+\\.\\d+) at (\\d+) per article,"
                        + " because the articles have (\\d+)–(\\d+) phrases each",
                two((double) reachable / phrases.size()),
                K,
                fewest,
                most);
        Docs.assertQuotes(
                doc,
                "keeps precision ≥ (\\d+\\.\\d+) and recall ≥ (\\d+\\.\\d+)",
                two(PRECISION_FLOOR),
                two(RECALL_FLOOR));
    }

    /** Sentences as CheckWorthiness cuts them (java.text.BreakIterator), blank ones left out. */
    private static int sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int n = 0;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            n += text.substring(start, end).isBlank() ? 0 : 1;
        }
        return n;
    }

    private static String two(double figure) {
        return String.format(Locale.ROOT, "%.2f", figure);
    }
}

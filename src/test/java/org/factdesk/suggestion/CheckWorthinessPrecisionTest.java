package org.factdesk.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.suggestion.CheckWorthiness.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * The suggestions measured against hand-annotated articles (src/test/resources/checkworthy):
 * a suggestion is right when it overlaps a phrase the annotator marked. The figures are the
 * ones in docs/SUGGESTIONS.md; the floors keep them from getting worse unnoticed.
 */
class CheckWorthinessPrecisionTest {

    static final Path SET = Path.of("src/test/resources/checkworthy");
    static final int K = 5;
    static final double PRECISION_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.60;

    record Phrase(String file, String text) {
    }

    @Test
    void precisionAndRecallOfTheTopFiveOnTheLabelledArticles() throws Exception {
        List<Phrase> phrases = Files.readAllLines(SET.resolve("annotations.tsv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2)).map(f -> new Phrase(f[0], f[1])).toList();
        List<String> files = phrases.stream().map(Phrase::file).distinct().toList();
        assertTrue(files.size() >= 5, "at least 5 annotated articles");
        int suggested = 0;
        int right = 0;
        int found = 0;
        StringBuilder report = new StringBuilder();
        for (String file : files) {
            String text = Files.readString(SET.resolve("articles").resolve(file));
            List<int[]> marked = phrases.stream().filter(p -> p.file().equals(file)).map(p -> {
                int at = text.indexOf(p.text());
                assertTrue(at >= 0, "annotated phrase in " + file + ": " + p.text());
                return new int[] {at, at + p.text().length()};
            }).toList();
            List<Suggestion> top = CheckWorthiness.suggest(text, K);
            suggested += top.size();
            for (Suggestion s : top) {
                boolean hit = marked.stream().anyMatch(m -> s.start() < m[1] && s.end() > m[0]);
                right += hit ? 1 : 0;
                report.append(String.format(Locale.ROOT, "%s %-5s %.1f %s%n", file, hit ? "right" : "wrong", s.score(), s.exact()));
            }
            found += (int) marked.stream().filter(m -> top.stream().anyMatch(s -> s.start() < m[1] && s.end() > m[0])).count();
        }
        double precision = (double) right / suggested;
        double recall = (double) found / phrases.size();
        System.out.printf(Locale.ROOT, "check-worthiness on %d articles, %d annotated phrases: precision@%d %.2f (%d/%d),"
                + " recall@%d %.2f (%d/%d)%n%s", files.size(), phrases.size(), K, precision, right, suggested, K, recall, found,
                phrases.size(), report);
        assertEquals(K * files.size(), suggested, "every article has at least " + K + " suggestions");
        assertTrue(precision >= PRECISION_FLOOR, "precision@" + K + " " + precision + " below " + PRECISION_FLOOR + "\n" + report);
        assertTrue(recall >= RECALL_FLOOR, "recall@" + K + " " + recall + " below " + RECALL_FLOOR + "\n" + report);
    }
}

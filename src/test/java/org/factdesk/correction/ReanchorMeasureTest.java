package org.factdesk.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.factdesk.correction.Reanchor.Result;
import org.factdesk.correction.Reanchor.Status;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring measured on real article text: every hand-annotated phrase of the five
 * check-worthiness articles (src/test/resources/checkworthy) becomes a claim, and each kind
 * of correction is applied around it. The counts go to target/reanchor.md and
 * docs/CORRECTIONS.md; the test fails on any silent wrong move.
 */
class ReanchorMeasureTest {

    /** A corrected text, and where the quote should land (-1: it should not land anywhere by itself). */
    record Corrected(String text, int expected) {
    }

    /** One kind of correction: the corrected text, or null when it does not apply to this claim. */
    record Edit(String name, BiFunction<String, int[], Corrected> apply) {
    }

    static int[] sentenceAround(String text, int start, int end) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int from = sentences.preceding(start + 1);
        int to = sentences.following(Math.max(start, end - 1));
        return new int[] {from == BreakIterator.DONE ? 0 : from, to == BreakIterator.DONE ? text.length() : to};
    }

    static final List<Edit> EDITS = List.of(
            new Edit("a sentence added at the top", (t, s) -> {
                String note = "Editor's note: this article was updated on Friday. ";
                return new Corrected(note + t, s[0] + note.length());
            }),
            new Edit("another sentence deleted", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                int[] other = own[0] > 0 ? sentenceAround(t, 0, 1) : sentenceAround(t, t.length() - 1, t.length());
                return other[0] == own[0] ? null : new Corrected(t.substring(0, other[0]) + t.substring(other[1]),
                        other[0] < own[0] ? s[0] - (other[1] - other[0]) : s[0]);
            }),
            new Edit("its sentence copied to the end", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(t + "\n\nAs reported: " + t.substring(own[0], own[1]).strip(), s[0]);
            }),
            new Edit("a space doubled inside the quote", (t, s) -> {
                int space = t.indexOf(' ', s[0]);
                return space < 0 || space >= s[1] ? null : new Corrected(t.substring(0, space) + "  " + t.substring(space + 1), s[0]);
            }),
            new Edit("a word added inside the quote", (t, s) -> {
                String quote = t.substring(s[0], s[1]);
                int cut = quote.lastIndexOf(' ');
                return cut < 0 ? null : new Corrected(t.substring(0, s[0]) + quote.substring(0, cut) + " reportedly"
                        + quote.substring(cut) + t.substring(s[1]), -1);
            }),
            new Edit("its sentence deleted", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(t.substring(0, own[0]) + t.substring(own[1]), -1);
            }),
            new Edit("lookalike: its sentence deleted, the quote said again elsewhere", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(t.substring(0, own[0]) + t.substring(own[1]) + "\n\nLater, a spokesman repeated that "
                        + t.substring(s[0], s[1]) + " without giving a source.", -1);
            }));

    @Test
    void everyKindOfCorrectionOnRealArticlesIsMeasuredAndNothingMovesWrongSilently() throws IOException {
        Path dir = Path.of("src/test/resources/checkworthy");
        List<String[]> annotations = Files.readAllLines(dir.resolve("annotations.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> !l.isBlank() && l.contains("\t")).map(l -> l.split("\t", 2)).toList();
        Map<String, int[]> counts = new LinkedHashMap<>(); // anchored-exact, anchored-changed, fuzzy, orphaned, wrong
        Map<String, double[]> scores = new LinkedHashMap<>(); // lowest and highest score
        List<String> wrong = new ArrayList<>();
        int claims = 0;
        for (String[] a : annotations) {
            String text = Files.readString(dir.resolve("articles").resolve(a[0]), StandardCharsets.UTF_8);
            int start = text.indexOf(a[1]);
            if (start < 0) {
                continue;
            }
            claims++;
            int end = start + a[1].length();
            Reanchor.Claim claim = new Reanchor.Claim(start, end, a[1], text.substring(Math.max(0, start - 32), start),
                    text.substring(end, Math.min(text.length(), end + 32)));
            for (Edit edit : EDITS) {
                Corrected corrected = edit.apply().apply(text, new int[] {start, end});
                if (corrected == null) {
                    continue;
                }
                String after = corrected.text();
                Result r = Reanchor.locate(new Reanchor.Texts(text, after), claim);
                int[] c = counts.computeIfAbsent(edit.name(), k -> new int[5]);
                double[] range = scores.computeIfAbsent(edit.name(), k -> new double[] {1, 0});
                range[0] = Math.min(range[0], r.score());
                range[1] = Math.max(range[1], r.score());
                boolean exact = r.status() == Status.ANCHORED && r.exactQuote();
                if (r.status() == Status.ANCHORED) {
                    c[exact ? 0 : 1]++;
                } else {
                    c[r.status() == Status.FUZZY ? 2 : 3]++;
                }
                // A silent move is wrong when it lands anywhere but where the quote went, or when the quote did not survive.
                boolean silentWrong = r.status() == Status.ANCHORED && r.start() != corrected.expected();
                if (silentWrong) {
                    c[4]++;
                    wrong.add(edit.name() + ": " + a[1] + " -> " + r);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d claims on 5 articles.%n%n| correction | anchored, exact quote | anchored, quote changed | fuzzy | orphaned | wrong silent moves | scores |%n|---|---|---|---|---|---|---|%n",
                claims));
        counts.forEach((name, c) -> report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.2f–%.2f |%n", name,
                c[0], c[1], c[2], c[3], c[4], scores.get(name)[0], scores.get(name)[1])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reanchor.md"), report);
        System.out.println(report);

        assertTrue(claims >= 30, "claims measured: " + claims);
        assertEquals(List.of(), wrong, "claims moved silently onto the wrong text");
        for (String kind : List.of("a sentence added at the top", "another sentence deleted", "its sentence copied to the end")) {
            assertEquals(counts.get(kind)[0], claims, kind + ": every untouched quote moves by itself, exactly");
        }
    }

}

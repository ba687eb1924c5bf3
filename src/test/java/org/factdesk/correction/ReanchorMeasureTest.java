package org.factdesk.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.correction.Reanchor.Result;
import org.factdesk.correction.Reanchor.Status;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring measured on real article text: every hand-annotated phrase of the five
 * check-worthiness articles (src/test/resources/checkworthy) becomes a claim, and each kind
 * of correction is applied around it. Then the words inside the quotes are changed (issue 15),
 * on those phrases and on the hand-written quotes of src/test/resources/reanchor. The counts go
 * to target/reanchor.md; docs/CORRECTIONS.md must show the same tables. The test fails on any
 * silent wrong move, and on any silent carry of a quote whose words changed.
 */
class ReanchorMeasureTest {

    /** A corrected text, and where the quote should land (-1: it should not land anywhere by itself). */
    record Corrected(String text, int expected) {}

    /** One kind of correction: the corrected text, or null when it does not apply to this claim. */
    record Edit(String name, BiFunction<String, int[], Corrected> apply) {}

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
                return other[0] == own[0]
                        ? null
                        : new Corrected(
                                t.substring(0, other[0]) + t.substring(other[1]),
                                other[0] < own[0] ? s[0] - (other[1] - other[0]) : s[0]);
            }),
            new Edit("its sentence copied to the end", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(
                        t + "\n\nAs reported: " + t.substring(own[0], own[1]).strip(), s[0]);
            }),
            new Edit("a space doubled inside the quote", (t, s) -> {
                int space = t.indexOf(' ', s[0]);
                return space < 0 || space >= s[1]
                        ? null
                        : new Corrected(t.substring(0, space) + "  " + t.substring(space + 1), s[0]);
            }),
            new Edit("a word added inside the quote", (t, s) -> {
                String quote = t.substring(s[0], s[1]);
                int cut = quote.lastIndexOf(' ');
                return cut < 0
                        ? null
                        : new Corrected(
                                t.substring(0, s[0]) + quote.substring(0, cut) + " reportedly" + quote.substring(cut)
                                        + t.substring(s[1]),
                                -1);
            }),
            new Edit("its sentence deleted", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(t.substring(0, own[0]) + t.substring(own[1]), -1);
            }),
            new Edit("lookalike: its sentence deleted, the quote said again elsewhere", (t, s) -> {
                int[] own = sentenceAround(t, s[0], s[1]);
                return new Corrected(
                        t.substring(0, own[0]) + t.substring(own[1]) + "\n\nLater, a spokesman repeated that "
                                + t.substring(s[0], s[1]) + " without giving a source.",
                        -1);
            }));

    /** A claim on a text: the quote at [start, end). */
    record Quoted(String text, int start, int end) {
        String quote() {
            return text.substring(start, end);
        }

        Reanchor.Claim claim() {
            return new Reanchor.Claim(
                    start,
                    end,
                    quote(),
                    text.substring(Math.max(0, start - 32), start),
                    text.substring(end, Math.min(text.length(), end + 32)));
        }

        /** The text with the quote replaced. */
        String with(String quote) {
            return text.substring(0, start) + quote + text.substring(end);
        }
    }

    static final Path CHECKWORTHY = Path.of("src/test/resources/checkworthy");
    static final Path REANCHOR = Path.of("src/test/resources/reanchor");

    /** The hand-annotated phrases of the five check-worthiness articles. */
    static List<Quoted> annotated() throws IOException {
        List<Quoted> quoted = new ArrayList<>();
        List<String> lines = Files.readAllLines(CHECKWORTHY.resolve("annotations.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || !line.contains("\t")) {
                continue;
            }
            String[] a = line.split("\t", 2);
            String text = Files.readString(CHECKWORTHY.resolve("articles").resolve(a[0]), StandardCharsets.UTF_8);
            int start = text.indexOf(a[1]);
            if (start >= 0) {
                quoted.add(new Quoted(text, start, start + a[1].length()));
            }
        }
        return quoted;
    }

    @Test
    void everyKindOfCorrectionOnRealArticlesIsMeasuredAndNothingMovesWrongSilently() throws IOException {
        List<Quoted> phrases = annotated();
        int claims = phrases.size();
        Map<String, int[]> counts = new LinkedHashMap<>(); // anchored-exact, anchored-changed, fuzzy, orphaned, wrong
        Map<String, double[]> scores = new LinkedHashMap<>(); // lowest and highest score
        List<String> wrong = new ArrayList<>();
        for (Quoted q : phrases) {
            for (Edit edit : EDITS) {
                Corrected corrected = edit.apply().apply(q.text(), new int[] {q.start(), q.end()});
                if (corrected == null) {
                    continue;
                }
                Result r = Reanchor.locate(new Reanchor.Texts(q.text(), corrected.text()), q.claim());
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
                // A silent move is wrong when it lands anywhere but where the quote went, or when the quote did not
                // survive.
                boolean silentWrong = r.status() == Status.ANCHORED && r.start() != corrected.expected();
                if (silentWrong) {
                    c[4]++;
                    wrong.add(edit.name() + ": " + q.quote() + " -> " + r);
                }
            }
        }
        StringBuilder table =
                new StringBuilder("| correction | anchored, exact quote | anchored, quote changed | fuzzy | orphaned "
                        + "| wrong silent moves | scores |\n|---|---|---|---|---|---|---|\n");
        counts.forEach((name, c) -> table.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %.2f–%.2f |\n",
                name,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                scores.get(name)[0],
                scores.get(name)[1])));
        report("## Corrections around the quote\n\n" + claims + " claims on 5 articles.\n\n" + table);

        assertTrue(claims >= 30, "claims measured: " + claims);
        assertEquals(List.of(), wrong, "claims moved silently onto the wrong text");
        for (String kind :
                List.of("a sentence added at the top", "another sentence deleted", "its sentence copied to the end")) {
            assertEquals(counts.get(kind)[0], claims, kind + ": every untouched quote moves by itself, exactly");
        }
        assertDocumented(table.toString());
    }

    /** The claims of the hand-written paragraphs: the quote between [[ and ]], markers removed. */
    static List<Quoted> handWritten() throws IOException {
        List<Quoted> quoted = new ArrayList<>();
        String file = Files.readString(REANCHOR.resolve("quotes.txt"), StandardCharsets.UTF_8);
        for (String block : file.split("\n\\s*\n")) {
            String paragraph = block.lines()
                    .filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n"))
                    .strip();
            if (!paragraph.isEmpty()) {
                int start = paragraph.indexOf("[[");
                int end = paragraph.indexOf("]]") - 2;
                quoted.add(new Quoted(paragraph.replace("[[", "").replace("]]", ""), start, end));
            }
        }
        return quoted;
    }

    /** A change inside a quote: the changed quote, or null when it does not apply. */
    record QuoteEdit(String kind, String name, UnaryOperator<String> apply) {}

    /** The edits of edits.tsv, then a changed number, in code: every one changes words. */
    static List<QuoteEdit> wordEdits() throws IOException {
        List<QuoteEdit> edits = new ArrayList<>();
        for (String line : Files.readAllLines(REANCHOR.resolve("edits.tsv"), StandardCharsets.UTF_8)) {
            String[] e = line.split("\t", -1);
            if (line.startsWith("#") || line.isBlank() || e[0].equals("kind")) {
                continue;
            }
            Pattern pattern = Pattern.compile(e[1]);
            edits.add(new QuoteEdit(
                    e[0],
                    e[1] + " → " + e[2],
                    q -> pattern.matcher(q).find() ? pattern.matcher(q).replaceFirst(e[2]) : null));
        }
        Pattern number = Pattern.compile("\\d+(?:[.,]\\d+)*");
        edits.add(new QuoteEdit("number", "a number's last digit + 1", q -> {
            Matcher m = number.matcher(q);
            if (!m.find()) {
                return null;
            }
            int last = m.end() - 1;
            return q.substring(0, last) + (char) ('0' + (q.charAt(last) - '0' + 1) % 10) + q.substring(last + 1);
        }));
        return edits;
    }

    /** Edits that leave the words alone: the claim must still move by itself. */
    static final List<QuoteEdit> SAME_WORDS = List.of(
            new QuoteEdit("quotation marks and apostrophes only", "straight ↔ curly", q -> {
                if (q.matches("(?s).*['\"].*")) {
                    String curly = q.replace('\'', '’');
                    for (int i = 0; curly.indexOf('"') >= 0; i++) {
                        curly = curly.replaceFirst("\"", i % 2 == 0 ? "“" : "”");
                    }
                    return curly;
                }
                return q.matches("(?s).*[‘’“”].*") ? q.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"") : null;
            }),
            new QuoteEdit(
                    "spaces and line breaks only",
                    "a line break, a space doubled",
                    q -> q.indexOf(' ') < 0 ? null : q.replaceFirst(" ", "\n").replaceFirst(" (?=\\S*$)", "  ")),
            new QuoteEdit("letter case only", "first letter's case swapped", q -> {
                char first = q.charAt(0);
                return (Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first))
                        + q.substring(1);
            }),
            new QuoteEdit(
                    "punctuation only",
                    "a comma removed or added",
                    q -> q.contains(", ")
                            ? q.replaceFirst(", ", " ")
                            : q.indexOf(' ') < 0 ? null : q.replaceFirst(" ", ", ")));

    static final List<String> LENGTHS = List.of("short (< 40)", "medium (40–100)", "long (> 100)");

    static String length(String quote) {
        return LENGTHS.get(quote.length() < 40 ? 0 : quote.length() <= 100 ? 1 : 2);
    }

    @Test
    void aQuoteWhoseWordsChangedIsNeverCarriedOverSilently() throws IOException {
        List<Quoted> written = handWritten();
        List<Quoted> quotes =
                Stream.concat(annotated().stream(), written.stream()).toList();
        List<QuoteEdit> edits =
                Stream.concat(wordEdits().stream(), SAME_WORDS.stream()).toList();
        // kind → length → cases, silent, waiting with a proposal, orphaned, proposal = the changed quote
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        edits.forEach(e -> LENGTHS.forEach(l ->
                counts.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).putIfAbsent(l, new int[5])));
        List<String> silent = new ArrayList<>();
        List<String> stuck = new ArrayList<>();
        for (Quoted q : quotes) {
            for (QuoteEdit edit : edits) {
                String changed = edit.apply().apply(q.quote());
                if (changed == null || changed.equals(q.quote())) {
                    continue;
                }
                boolean sameWords = SAME_WORDS.contains(edit);
                assertEquals(
                        sameWords,
                        Reanchor.sameWords(q.quote(), changed),
                        "the edit itself: " + edit.name() + " on " + q.quote());
                Result r = Reanchor.locate(new Reanchor.Texts(q.text(), q.with(changed)), q.claim());
                int[] c = counts.get(edit.kind()).get(length(q.quote()));
                c[0]++;
                c[r.status() == Status.ANCHORED ? 1 : r.status() == Status.FUZZY ? 2 : 3]++;
                if (r.status() == Status.FUZZY && r.start() == q.start() && changed.equals(r.exact())) {
                    c[4]++;
                }
                if (r.status() == Status.ANCHORED != sameWords) {
                    (sameWords ? stuck : silent).add(edit.name() + ": " + q.quote() + " -> " + r);
                }
            }
        }
        StringBuilder table = new StringBuilder("| edit inside the quote | quote length | cases | silent (anchored) "
                + "| waiting, with a proposal | waiting, orphaned | proposal = the changed quote |\n"
                + "|---|---|---|---|---|---|---|\n");
        int[] total = new int[5];
        counts.forEach((kind, byLength) -> byLength.forEach((length, c) -> {
            table.append(String.format(
                    Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d |\n", kind, length, c[0], c[1], c[2], c[3], c[4]));
            if (SAME_WORDS.stream().noneMatch(e -> e.kind().equals(kind))) {
                Arrays.setAll(total, i -> total[i] + c[i]);
            }
        }));
        table.append(String.format(
                Locale.ROOT,
                "| **every changed word** | all | %d | %d | %d | %d | %d |\n",
                total[0],
                total[1],
                total[2],
                total[3],
                total[4]));
        report("## Words changed inside the quote\n\n" + quotes.size() + " quotes: " + (quotes.size() - written.size())
                + " annotated phrases of the 5 articles, " + written.size() + " hand-written quotes in paragraphs.\n\n"
                + table);

        for (String l : LENGTHS) {
            long n = written.stream().filter(q -> length(q.quote()).equals(l)).count();
            assertTrue(n >= 3, "hand-written quotes, " + l + ": " + n);
        }
        assertEquals(List.of(), silent, "quotes whose words changed were carried over silently");
        assertEquals(List.of(), stuck, "quotes whose words did not change were left waiting");
        assertDocumented(table.toString());
    }

    private static final Path REPORT = Path.of("target/reanchor.md");
    private static boolean reported;

    /** Prints a section and adds it to target/reanchor.md, which the first test of a run starts afresh. */
    static synchronized void report(String section) throws IOException {
        Files.createDirectories(REPORT.getParent());
        if (reported) {
            Files.writeString(REPORT, "\n" + section, StandardOpenOption.APPEND);
        } else {
            Files.writeString(REPORT, section);
            reported = true;
        }
        System.out.println(section);
    }

    /** A doc that disagrees with a test is a failing build: docs/CORRECTIONS.md must show the table as measured. */
    static void assertDocumented(String table) throws IOException {
        String doc = Files.readString(Path.of("docs/CORRECTIONS.md"), StandardCharsets.UTF_8);
        assertTrue(
                doc.contains(table),
                "docs/CORRECTIONS.md does not show the measured table; measured (also in " + "target/reanchor.md):\n"
                        + table);
    }
}

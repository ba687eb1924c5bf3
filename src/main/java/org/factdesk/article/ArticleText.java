package org.factdesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw article text into the normalized text that claims are anchored in.
 *
 * <p>Normalization only touches line endings and ASCII spaces and tabs: every other
 * character (curly quotes, non-breaking spaces, emoji, combining accents) is kept as it
 * is, so that the UTF-16 offsets a browser computes over the rendered text match the
 * stored text exactly. Paragraphs are separated by one blank line.
 */
public final class ArticleText {

    static final int MAX_TITLE_LENGTH = 120;

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\f\\u000B]+");
    private static final Pattern DATE_HEADER = Pattern.compile("\\Adate (\\d{4}-\\d{2}-\\d{2})[ \\n]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(?=\\s|\\z)");

    private ArticleText() {}

    /** An article parsed from a seed file: a working title, the date from its header, its text. */
    public record Parsed(String title, LocalDate publishedDate, String text) {}

    /** Normalizes line endings and whitespace; keeps every other character. */
    public static String normalize(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String cleaned = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (cleaned.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(cleaned);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /**
     * Parses a seed file: normalizes it, takes an inline {@code date YYYY-MM-DD} header at
     * the very start as the published date, and derives a working title from the first sentence.
     */
    public static Parsed parseSeed(String raw) {
        String text = normalize(raw);
        LocalDate published = null;
        Matcher header = DATE_HEADER.matcher(text);
        if (header.find()) {
            try {
                published = LocalDate.parse(header.group(1));
                text = text.substring(header.end());
            } catch (DateTimeException notADate) {
                // Not a real date: leave the text untouched rather than guess.
            }
        }
        return new Parsed(workingTitle(text), published, text);
    }

    /** The first sentence of the text, shortened on a word boundary when it is long. */
    public static String workingTitle(String text) {
        String firstParagraph = text.split("\n", 2)[0];
        Matcher end = SENTENCE_END.matcher(firstParagraph);
        String sentence = end.find() ? firstParagraph.substring(0, end.end()) : firstParagraph;
        if (sentence.length() <= MAX_TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        if (cut < MAX_TITLE_LENGTH / 2) {
            cut = MAX_TITLE_LENGTH - 1;
            if (Character.isHighSurrogate(sentence.charAt(cut - 1))) {
                cut--;
            }
        }
        return sentence.substring(0, cut).stripTrailing() + "…";
    }
}

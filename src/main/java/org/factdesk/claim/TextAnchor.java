package org.factdesk.claim;

import static org.factdesk.web.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.ProblemException;

/**
 * Anchors a claim in an article version's text with W3C Web Annotation selectors.
 * Offsets are UTF-16 code units (Java's {@code String} indices, the browser DOM's unit).
 * The server derives the quote's prefix and suffix itself; what the client sends is checked.
 */
public final class TextAnchor {

    /** Characters of context kept on each side of the quote. */
    public static final int CONTEXT = 32;
    /** How many candidates an ambiguous quote lists. */
    static final int MAX_CANDIDATES = 10;

    private TextAnchor() {}

    /** A validated span with its TextQuoteSelector. */
    public record Span(int start, int end, String exact, String prefix, String suffix) {}

    /**
     * Checks a TextPositionSelector and the quote the client saw at it.
     *
     * @throws ProblemException 422 naming the field at fault
     */
    public static Span atPosition(String text, int start, int end, String exact) {
        if (start < 0 || end > text.length()) {
            throw ProblemException.invalid("start", text("span.outside", start, end, text.length()));
        }
        if (end < start) {
            throw ProblemException.invalid("end", text("span.reversed", end, start));
        }
        if (end == start) {
            throw ProblemException.invalid("end", text("span.empty"));
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw ProblemException.invalid("start", text("span.surrogate"));
        }
        String actual = text.substring(start, end);
        if (exact == null) {
            throw ProblemException.invalid("exact", text("span.exact-missing"));
        }
        if (!actual.equals(exact)) {
            throw ProblemException.invalid("exact", text("span.mismatch", start, end, abbreviate(actual)));
        }
        return span(text, start, end);
    }

    /**
     * Finds a pasted quote in the text. Runs of whitespace and straight or curly quote marks
     * match each other, because pasting loses them; the stored text decides the exact quote.
     * The optional prefix and suffix narrow it down like the W3C TextQuoteSelector's.
     *
     * @throws ProblemException 422 when the quote is absent, or ambiguous (with its candidates)
     */
    public static Span byQuote(String text, String exact, String prefix, String suffix) {
        if (exact == null || exact.isBlank()) {
            throw ProblemException.invalid("exact", text("quote.missing"));
        }
        List<Span> found = new ArrayList<>();
        Matcher m = tolerantPattern(exact.strip()).matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            Span candidate = span(text, m.start(), m.end());
            if (contextMatches(text, candidate, prefix, suffix)) {
                found.add(candidate);
            }
            from = m.start() + 1;
        }
        if (found.isEmpty()) {
            throw ProblemException.invalid(
                    "exact",
                    text(
                            prefix != null || suffix != null ? "quote.absent-in-context" : "quote.absent",
                            abbreviate(exact)));
        }
        if (found.size() > 1) {
            List<Map<String, Object>> candidates = found.stream()
                    .limit(MAX_CANDIDATES)
                    .map(s -> Map.<String, Object>of(
                            "start", s.start(), "end", s.end(), "prefix", s.prefix(), "suffix", s.suffix()))
                    .toList();
            throw ProblemException.invalid(
                    "exact", text("quote.ambiguous", found.size()), Map.of("candidates", candidates));
        }
        return found.get(0);
    }

    static Span span(String text, int start, int end) {
        int prefixStart = Math.max(0, start - CONTEXT);
        if (splitsSurrogatePair(text, prefixStart)) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT);
        if (splitsSurrogatePair(text, suffixEnd)) {
            suffixEnd--;
        }
        return new Span(
                start,
                end,
                text.substring(start, end),
                text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
    }

    /** True when offset falls between the two halves of a surrogate pair. */
    static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0
                && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static boolean contextMatches(String text, Span span, String prefix, String suffix) {
        boolean prefixOk =
                prefix == null || prefix.isEmpty() || endsWithTolerant(text.substring(0, span.start()), prefix);
        boolean suffixOk = suffix == null
                || suffix.isEmpty()
                || tolerantPattern(suffix).matcher(text.substring(span.end())).lookingAt();
        return prefixOk && suffixOk;
    }

    private static boolean endsWithTolerant(String before, String prefix) {
        return Pattern.compile("(?:" + tolerantPattern(prefix).pattern() + ")\\z")
                .matcher(before)
                .find();
    }

    /** The quote as a pattern where whitespace runs and quote-mark variants are interchangeable. */
    static Pattern tolerantPattern(String quote) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < quote.length()) {
            int cp = quote.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                regex.append("\\s+");
                while (i < quote.length() && Character.isWhitespace(quote.codePointAt(i))) {
                    i += Character.charCount(quote.codePointAt(i));
                }
                continue;
            }
            switch (cp) {
                case '"', '“', '”', '„' -> regex.append("[\"“”„]");
                case '\'', '‘', '’' -> regex.append("['‘’]");
                default -> regex.append(Pattern.quote(new String(Character.toChars(cp))));
            }
            i += Character.charCount(cp);
        }
        return Pattern.compile(regex.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}

package org.factdesk.correction;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Carries a claim's span from one version of an article's text to the next. Three tries, in
 * order: the position the span maps to through a word-level diff of the two texts, when it
 * still holds exactly the quote (0.7 + 0.3 × how well its stored context still surrounds it);
 * else every place the quote appears, scored by how
 * well the words around it match the claim's stored context (the lookalike trap: the same
 * sentence elsewhere scores low); else the mapped span, scored by how close its text is to the
 * quote. A claim moves by itself only onto a span whose words are the quote's words
 * ({@link #sameWords}): a changed, added or removed word or number always waits for a person,
 * however long the quote. Pure: no database, so every kind of edit is unit-tested (ReanchorTest).
 */
public final class Reanchor {

    /** From this score a claim moves by itself (a published one only when its quote was found exactly). */
    public static final double ANCHORED = 0.9;
    /** From this score up to ANCHORED, the claim is shown with the proposed span, waiting for a confirmation. */
    public static final double FUZZY = 0.6;

    public enum Status {
        ANCHORED,
        FUZZY,
        ORPHANED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the claim had on the old version (prefix and suffix: up to 32 characters of context). */
    public record Claim(int start, int end, String exact, String prefix, String suffix) {}

    /**
     * Where the claim lands. {@code exactQuote}: the span holds exactly the old quote. The span
     * is a proposal for FUZZY and absent (-1) for ORPHANED.
     */
    public record Result(Status status, double score, int start, int end, String exact, boolean exactQuote) {}

    /** The diff of two texts, computed once for all the claims of an article. */
    public static final class Texts {
        final String before;
        final String after;
        private final int[] tokenStartsBefore;
        private final int[] tokenStartsAfter;
        private final List<AbstractDelta<String>> deltas;

        public Texts(String before, String after) {
            this.before = before;
            this.after = after;
            List<String> a = tokens(before);
            List<String> b = tokens(after);
            tokenStartsBefore = starts(a);
            tokenStartsAfter = starts(b);
            Patch<String> patch = DiffUtils.diff(a, b);
            deltas = patch.getDeltas();
        }

        /** The new offset of a span's start: inside changed text, the start of what replaced it. */
        int mapStart(int offset) {
            int token = tokenAt(tokenStartsBefore, offset);
            return map(token, offset - tokenStartsBefore[token], false);
        }

        /** The new offset of a span's end: inside changed text, the end of what replaced it. */
        int mapEnd(int offset) {
            if (offset == 0) {
                return 0;
            }
            int token = tokenAt(tokenStartsBefore, offset - 1); // the token holding the span's last character
            return map(token, offset - tokenStartsBefore[token], true);
        }

        private int map(int token, int within, boolean end) {
            int shift = 0;
            for (AbstractDelta<String> delta : deltas) {
                int from = delta.getSource().getPosition();
                int to = from + delta.getSource().size();
                if (token < from) {
                    break;
                }
                int targetFrom = delta.getTarget().getPosition();
                int targetTo = targetFrom + delta.getTarget().size();
                if (token < to) {
                    return tokenStartsAfter[end ? targetTo : targetFrom];
                }
                shift = targetTo - to;
            }
            return tokenStartsAfter[token + shift] + within;
        }

        private static int tokenAt(int[] starts, int offset) {
            int low = 0;
            int high = starts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts[mid] <= offset) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }
    }

    private Reanchor() {}

    public static Result locate(Texts texts, Claim claim) {
        int start = texts.mapStart(claim.start());
        int end = Math.max(start, texts.mapEnd(claim.end()));
        String mapped = texts.after.substring(start, end);
        if (mapped.equals(claim.exact())) {
            // The diff can pair a deleted sentence with a new one around the same words: the
            // context decides whether this is still the claim's place (the lookalike trap).
            return result(0.7 + 0.3 * context(texts.after, start, end, claim), start, end, mapped, true);
        }
        Result byQuote = byQuote(texts.after, claim);
        if (byQuote != null && byQuote.score() >= FUZZY) {
            return byQuote;
        }
        double likeness = likeness(mapped, claim.exact());
        if (likeness <= 0 && byQuote == null) {
            return new Result(Status.ORPHANED, 0, -1, -1, null, false);
        }
        Result fuzzy = result(likeness, start, end, mapped, false);
        return byQuote != null && byQuote.score() > fuzzy.score() ? byQuote : fuzzy;
    }

    /** Every place the quote appears, scored 0.5 + half its context match; the best one. */
    private static Result byQuote(String text, Claim claim) {
        Result best = null;
        for (int at = text.indexOf(claim.exact()); at >= 0; at = text.indexOf(claim.exact(), at + 1)) {
            int end = at + claim.exact().length();
            double score = 0.5 + 0.5 * context(text, at, end, claim);
            if (best == null || score > best.score()) {
                best = result(score, at, end, claim.exact(), true);
            }
        }
        return best;
    }

    /** How much of the claim's stored context surrounds [start, end) in the text, 0 to 1. */
    private static double context(String text, int start, int end, Claim claim) {
        return (alike(
                                claim.prefix(),
                                text.substring(
                                        Math.max(0, start - claim.prefix().length()), start))
                        + alike(
                                claim.suffix(),
                                text.substring(
                                        end,
                                        Math.min(
                                                text.length(),
                                                end + claim.suffix().length()))))
                / 2;
    }

    private static Result result(double score, int start, int end, String exact, boolean exactQuote) {
        Status status = score >= ANCHORED ? Status.ANCHORED : score >= FUZZY ? Status.FUZZY : Status.ORPHANED;
        return status == Status.ORPHANED
                ? new Result(status, score, -1, -1, null, false)
                : new Result(status, score, start, end, exact, exactQuote);
    }

    /**
     * How alike a stored context and the text now in its place are: one minus their edit
     * distance over the longer length (1 when both are empty, as at the start of the text).
     */
    private static double alike(String stored, String found) {
        if (stored.isEmpty() && found.isEmpty()) {
            return 1;
        }
        return 1 - (double) distance(stored, found) / Math.max(stored.length(), found.length());
    }

    /**
     * How close the mapped text is to the quote: 0.95 when its words are the quote's words (only
     * spacing, punctuation, quotation marks or case changed), else one minus the edit distance
     * over the longer length, at most {@link #WORDS_CHANGED}: a changed word never moves by itself,
     * even one word in a long quote ("rose" → "fell").
     */
    static double likeness(String found, String exact) {
        if (found.isEmpty()) {
            return 0;
        }
        if (sameWords(found, exact)) {
            return 0.95;
        }
        double likeness = 1 - (double) distance(found, exact) / Math.max(found.length(), exact.length());
        return Math.min(likeness, WORDS_CHANGED);
    }

    /** The most a span whose words differ from the quote's can score: below ANCHORED. */
    static final double WORDS_CHANGED = 0.85;

    /** A word of a text as {@link #sameWords} compares it: where it is, and its key. */
    record Word(int start, int end, String key) {}

    /** Whether two texts have the same words: they differ at most in spacing, punctuation, quotation marks and case. */
    public static boolean sameWords(String a, String b) {
        return keys(words(a)).equals(keys(words(b)));
    }

    static List<String> keys(List<Word> words) {
        return words.stream().map(Word::key).toList();
    }

    /**
     * The words of a text: runs of letters, digits and marks, lower-cased (Locale.ROOT, NFC). A
     * number keeps its sign and its decimal point or thousands comma ("-4.1" is not "4,1" nor
     * "41"); %, ‰ and the math, currency and other symbols (°, €, <) are words of their own.
     * Whitespace, punctuation, dashes, quotation marks and every kind of apostrophe (' ’ ʼ)
     * separate words, so "don’t" and "don't" are the same words, and "to day" is not "today".
     */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int j = i + Character.charCount(cp);
            boolean sign = (cp == '-' || cp == '+' || cp == '\u2212')
                    && j < text.length()
                    && Character.isDigit(text.codePointAt(j))
                    && (i == 0 || !inWord(text.codePointBefore(i)));
            if (inWord(cp) || sign) {
                while (j < text.length()) {
                    int next = text.codePointAt(j);
                    boolean inNumber = (next == '.' || next == ',')
                            && Character.isDigit(text.codePointBefore(j))
                            && j + 1 < text.length()
                            && Character.isDigit(text.codePointAt(j + 1));
                    if (!inWord(next) && !inNumber) {
                        break;
                    }
                    j += Character.charCount(next);
                }
            } else if (!isSymbol(cp)) {
                i = j;
                continue;
            }
            String key = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC)
                    .replace('\u2212', '-');
            words.add(new Word(i, j, key.toLowerCase(Locale.ROOT)));
            i = j;
        }
        return words;
    }

    private static boolean inWord(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK -> true;
            case Character.MODIFIER_LETTER -> cp != '\u02bc'; // ʼ is an apostrophe, though Unicode calls it a letter
            default -> false;
        };
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL
                || type == Character.OTHER_SYMBOL
                || cp == '%'
                || cp == '\u2030'
                || cp == '\u2031';
    }

    /**
     * Above this many character pairs the edit distance is counted over a word diff instead:
     * character by character, a claim spanning a whole article would take minutes.
     */
    static final long CHARACTER_PAIRS = 4_000_000;

    /** Levenshtein distance, two rows; for long texts, the characters of the words a diff changes. */
    static int distance(String a, String b) {
        if ((long) a.length() * b.length() > CHARACTER_PAIRS) {
            int changed = 0;
            for (AbstractDelta<String> delta :
                    DiffUtils.diff(tokens(a), tokens(b)).getDeltas()) {
                changed += Math.max(
                        String.join("", delta.getSource().getLines()).length(),
                        String.join("", delta.getTarget().getLines()).length());
            }
            return changed;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Words, runs of spaces and single other characters; together exactly the text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                while (j < text.length() && Character.isLetterOrDigit(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            } else if (Character.isWhitespace(cp)) {
                while (j < text.length() && Character.isWhitespace(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    /** Each token's offset, plus one past the end (so the end of the text is a token start too). */
    private static int[] starts(List<String> tokens) {
        int[] starts = new int[tokens.size() + 1];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = at;
            at += tokens.get(i).length();
        }
        starts[tokens.size()] = at;
        return starts;
    }
}

package org.factdesk.repeat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two claims are, from 0 to 1. Lexical likeness first: the larger of the trigram
 * similarity of their match texts (pg_trgm, computed by the database), the overlap of their
 * stemmed words (PostgreSQL's English full-text search), and, when one quote contains every
 * word of the other, a fixed 0.85. Then the differences that make lookalikes different
 * claims each multiply the score by 0.4 or 0.5: other numbers, a negation on one side only,
 * the opposite direction (rose / fell), another name in the same place, and the same words
 * in another order ("doctors more than nurses"). Measured on a labelled set of pairs
 * (ClaimMatcherMeasureTest, docs/ALREADY-CHECKED.md).
 */
public final class ClaimMatcher {

    /** What makes two alike quotes different claims; each lowers the score. */
    public enum Difference {
        NUMBERS(0.4),
        NEGATION(0.4),
        DIRECTION(0.4),
        NAMES(0.4),
        WORD_ORDER(0.5);

        final double factor;

        Difference(double factor) {
            this.factor = factor;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How a page names it ("other numbers"). */
        public String label() {
            return org.factdesk.web.Texts.text("repeat.difference." + apiName());
        }
    }

    /** One side of a comparison: the quote as written, its match text and its stemmed words in order. */
    public record Text(String raw, String match, List<String> words) {
        public static Text of(String raw, String match, String words) {
            return new Text(raw, match, words == null || words.isBlank() ? List.of() : List.of(words.split(" ")));
        }
    }

    public record Match(double score, Set<Difference> differences) {}

    static final double CONTAINED = 0.85;
    private static final Pattern NEGATION =
            Pattern.compile("\\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\\b|n['\u2019]t\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019-]*");
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0),
            Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0),
            Map.entry("fifty", 50.0),
            Map.entry("hundred", 100.0),
            Map.entry("half", 0.5),
            Map.entry("third", 1 / 3.0),
            Map.entry("thirds", 1 / 3.0),
            Map.entry("quarter", 0.25),
            Map.entry("quarters", 0.25));
    private static final Map<String, Double> MAGNITUDES =
            Map.of("k", 1e3, "thousand", 1e3, "m", 1e6, "million", 1e6, "bn", 1e9, "billion", 1e9);
    /** Stems (as the English full-text search writes them) of going up and of going down. */
    private static final Set<String> UP = Set.of(
            "rise", "rose", "risen", "increas", "up", "grow", "grew", "climb", "higher", "gain", "won", "win", "more");

    private static final Set<String> DOWN = Set.of(
            "fall", "fell", "fallen", "decreas", "down", "declin", "shrank", "shrink", "drop", "lower", "lost", "lose",
            "less", "fewer");
    /** Capitalised words that are not names: titles and sentence openers. */
    private static final Set<String> NOT_NAMES = Set.of(
            "president",
            "prime",
            "minister",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir",
            "lord",
            "lady",
            "king",
            "queen",
            "prince",
            "chancellor",
            "secretary",
            "senator",
            "governor",
            "mayor",
            "general",
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "of");

    private ClaimMatcher() {}

    /** {@code trigram}: pg_trgm's similarity of the two match texts. */
    public static Match match(Text a, Text b, double trigram) {
        Set<String> wordsA = new LinkedHashSet<>(a.words());
        Set<String> wordsB = new LinkedHashSet<>(b.words());
        Set<String> common = new LinkedHashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> union = new HashSet<>(wordsA);
        union.addAll(wordsB);
        double overlap = union.isEmpty() ? 0 : (double) common.size() / union.size();
        int shorter = Math.min(wordsA.size(), wordsB.size());
        double contained = shorter >= 4 && common.size() == shorter ? CONTAINED : 0;
        double score = Math.max(trigram, Math.max(overlap, contained));

        EnumSet<Difference> differences = EnumSet.noneOf(Difference.class);
        if (common.size() >= 3 && (double) inOrder(wordsA, wordsB, common) / common.size() < 0.8) {
            differences.add(Difference.WORD_ORDER);
        }
        if (substituted(numbers(a.match()), numbers(b.match()))) {
            differences.add(Difference.NUMBERS);
        }
        if (negations(a.raw()) % 2 != negations(b.raw()) % 2) {
            differences.add(Difference.NEGATION);
        }
        String directionA = direction(wordsA);
        String directionB = direction(wordsB);
        if (directionA != null && directionB != null && !directionA.equals(directionB)) {
            differences.add(Difference.DIRECTION);
        }
        Set<String> namesA = names(a.raw(), b.raw());
        Set<String> namesB = names(b.raw(), a.raw());
        if (substituted(namesA, namesB) && !abbreviated(namesA, namesB)) {
            differences.add(Difference.NAMES);
        }
        for (Difference d : differences) {
            score *= d.factor;
        }
        return new Match(score, differences);
    }

    /** Each side has something the other lacks: a replacement, not an addition. */
    private static <T> boolean substituted(Set<T> a, Set<T> b) {
        return !b.containsAll(a) && !a.containsAll(b);
    }

    /** The longest run of the common words both texts have in the same order. */
    private static int inOrder(Set<String> a, Set<String> b, Set<String> common) {
        List<String> x = a.stream().filter(common::contains).toList();
        List<String> y = b.stream().filter(common::contains).toList();
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                lcs[i + 1][j + 1] = x.get(i).equals(y.get(j)) ? lcs[i][j] + 1 : Math.max(lcs[i][j + 1], lcs[i + 1][j]);
            }
        }
        return lcs[x.size()][y.size()];
    }

    /** The quantities a match text states, in one unit: "4.5 bn" and "4.5 billion" are both 4.5e9. */
    static Set<Double> numbers(String match) {
        String[] tokens = match.split(" ");
        Set<Double> values = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            Double value =
                    NUMBER.matcher(tokens[i]).matches() ? Double.valueOf(tokens[i]) : NUMBER_WORDS.get(tokens[i]);
            if (value == null) {
                continue;
            }
            if (i + 1 < tokens.length && MAGNITUDES.containsKey(tokens[i + 1])) {
                value *= MAGNITUDES.get(tokens[i + 1]);
            }
            values.add(Math.round(value * 1e6) / 1e6);
        }
        return values;
    }

    private static int negations(String raw) {
        Matcher m = NEGATION.matcher(raw.toLowerCase(Locale.ROOT));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String direction(Set<String> words) {
        boolean up = words.stream().anyMatch(UP::contains);
        boolean down = words.stream().anyMatch(DOWN::contains);
        return up == down ? null : up ? "up" : "down";
    }

    /**
     * Capitalised words, folded (no accents, no possessive). The first word counts only when
     * the other text does not have it too: "The" or "Unemployment" opening a sentence is no name.
     */
    static Set<String> names(String raw, String other) {
        Set<String> names = new HashSet<>();
        String otherFolded = fold(other);
        Matcher m = WORD.matcher(raw);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            boolean opening = first;
            first = false;
            String key = fold(word).replaceAll("['\u2019]s$", "");
            if (!Character.isUpperCase(word.charAt(0))
                    || NOT_NAMES.contains(key)
                    || opening && otherFolded.contains(key)) {
                continue;
            }
            names.add(key);
        }
        return names;
    }

    /** "WHO" on one side, "World Health Organization" on the other. */
    private static boolean abbreviated(Set<String> a, Set<String> b) {
        return spelledOut(a, b) || spelledOut(b, a);
    }

    private static boolean spelledOut(Set<String> shortForms, Set<String> longForms) {
        Set<String> onlyLong = new HashSet<>(longForms);
        onlyLong.removeAll(shortForms);
        List<Character> initials =
                new ArrayList<>(onlyLong.stream().map(w -> w.charAt(0)).sorted().toList());
        for (String word : shortForms) {
            if (!longForms.contains(word)
                    && word.length() == onlyLong.size()
                    && word.length() >= 2
                    && word.chars().sorted().mapToObj(c -> (char) c).toList().equals(initials)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents; letters NFD does not split (ł, ø, đ, ß) are folded by hand. */
    static String fold(String text) {
        String folded = text.replace("ł", "l")
                .replace("Ł", "L")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("đ", "d")
                .replace("Đ", "D")
                .replace("ß", "ss");
        return Normalizer.normalize(folded, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}

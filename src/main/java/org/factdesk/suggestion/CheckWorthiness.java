package org.factdesk.suggestion;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claim.ClaimType;
import org.factdesk.web.Texts;

/**
 * Finds the phrases of an article most worth checking: quantities, durations, comparisons
 * and superlatives, causes and predictions, more so when someone is quoted saying them.
 * Rules, not a model: every suggestion says why, and the score is the sum of its reasons'
 * weights. Offsets are UTF-16 indexes into the text, as for claims. Its precision is
 * measured on hand-labelled articles (CheckWorthinessPrecisionTest, docs/SUGGESTIONS.md).
 */
public final class CheckWorthiness {

    /** Why a phrase is suggested. */
    public enum Reason {
        NUMBER(2.5, ClaimType.STATISTIC),
        DURATION(3.0, ClaimType.STATISTIC),
        COMPARISON(3.0, ClaimType.COMPARISON),
        CAUSAL(2.0, ClaimType.CAUSAL),
        PREDICTION(1.0, ClaimType.PREDICTION),
        ATTRIBUTION(1.0, ClaimType.QUOTE);

        final double weight;
        /** The type of a claim made from a phrase with this reason first. */
        final ClaimType claimType;

        Reason(double weight, ClaimType claimType) {
            this.weight = weight;
            this.claimType = claimType;
        }

        @JsonValue
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How a page names the reason ("duration", "quoted source"). */
        public String label() {
            return Texts.text("suggestion.reason." + apiName());
        }
    }

    /** One suggested phrase. */
    public record Suggestion(int start, int end, String exact, double score, List<Reason> reasons) {}

    private record Cue(Reason reason, Pattern pattern, boolean extend) {}

    private static final String UNITS = "second|minute|hour|day|week|month|year|decade";
    /** The rest of a clause, at most eight words, on one line. */
    private static final String CLAUSE = "(?:[ \\t]+[^\\s,.;:!?\"()\u201c\u201d\u2018\u2019]+){1,8}";

    private static final List<Cue> CUES = List.of(
            cue(Reason.DURATION, "\\b\\d+(?:\\.\\d+)?(?:-| )(?:" + UNITS + ")s?(?:-long)?\\b", true),
            cue(
                    Reason.COMPARISON,
                    "\\b(?:lowest|highest|largest|smallest|biggest|fastest|slowest|worst|best|longest|shortest"
                            + "|most|least|fewest|deepest|strongest|weakest)\\b"
                            + "(?:[ \\t]+\\w+){0,3}?[ \\t]+(?:since|in|on|ever)\\b"
                            + CLAUSE,
                    false),
            cue(
                    Reason.COMPARISON,
                    "\\b(?:twice|three times|four times|half|doubled|tripled|halved|more than|less than|fewer than"
                            + "|compared (?:with|to)|the first time)\\b" + CLAUSE,
                    false),
            cue(
                    Reason.NUMBER,
                    "\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+\\w+"
                            + "(?:\\s+(?:in|of|this|since)\\s+(?:the\\s+|a\\s+)?\\w+)?",
                    false),
            cue(
                    Reason.NUMBER,
                    "\\b\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:%|percent|per cent|million|billion|trillion|thousand))?",
                    true),
            cue(
                    Reason.CAUSAL,
                    "\\b(?:caused|causes|led to|leads to|because of|due to|as a result of|resulted in|triggered)"
                            + CLAUSE,
                    false),
            cue(
                    Reason.PREDICTION,
                    "\\b(?:will|is expected to|are expected to|predicted|forecast|projected)" + CLAUSE,
                    false));
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(?:said|says|told|stated|claimed|claims|according to|announced|reported|insisted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\G\\s+([A-Za-z][A-Za-z'-]*)");
    /** Words that end a phrase extended after a number ("a 50-minute phone call with …" stops at "with"). */
    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "since",
            "than", "that", "the", "this", "to", "was", "were", "which", "while", "with", "who");

    private CheckWorthiness() {}

    private static Cue cue(Reason reason, String regex, boolean extend) {
        return new Cue(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), extend);
    }

    /** The best {@code limit} suggestions, highest score first (ties: earlier first). */
    public static List<Suggestion> suggest(String text, int limit) {
        List<Suggestion> all = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            all.addAll(inSentence(text, start, end));
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparingInt(Suggestion::start))
                .limit(limit)
                .toList();
    }

    /** The cues of one sentence; overlapping ones become one phrase with all their reasons. */
    private static List<Suggestion> inSentence(String text, int from, int to) {
        String sentence = text.substring(from, to);
        List<int[]> spans = new ArrayList<>();
        List<EnumSet<Reason>> reasons = new ArrayList<>();
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                int end = cue.extend() ? extend(sentence, m.end()) : m.end();
                add(spans, reasons, m.start(), trimEnd(sentence, m.start(), end), cue.reason());
            }
        }
        boolean attributed = ATTRIBUTION.matcher(sentence).find();
        List<Suggestion> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            EnumSet<Reason> why = reasons.get(i);
            if (attributed) {
                why.add(Reason.ATTRIBUTION);
            }
            double score = why.stream().mapToDouble(r -> r.weight).sum();
            int start = from + spans.get(i)[0];
            int end = from + spans.get(i)[1];
            found.add(new Suggestion(start, end, text.substring(start, end), score, List.copyOf(why)));
        }
        return found;
    }

    /** Merges [start, end) into an overlapping span, or adds it. */
    private static void add(List<int[]> spans, List<EnumSet<Reason>> reasons, int start, int end, Reason reason) {
        if (end <= start) {
            return;
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            if (start >= span[0] && end <= span[1]) {
                return; // inside a phrase a stronger cue found: "50" in "50-minute phone call"
            }
            if (start < span[1] && end > span[0]) {
                span[0] = Math.min(span[0], start);
                span[1] = Math.max(span[1], end);
                reasons.get(i).add(reason);
                return;
            }
        }
        spans.add(new int[] {start, end});
        reasons.add(EnumSet.of(reason));
    }

    /** Up to two more words after a number or duration: "50-minute" → "50-minute phone call". */
    private static int extend(String sentence, int end) {
        Matcher word = WORD.matcher(sentence);
        int at = end;
        for (int n = 0; n < 2 && word.find(at) && !STOP.contains(word.group(1).toLowerCase(Locale.ROOT)); n++) {
            at = word.end();
        }
        return at;
    }

    private static int trimEnd(String sentence, int start, int end) {
        while (end > start
                && (Character.isWhitespace(sentence.charAt(end - 1)) || ",;:".indexOf(sentence.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}

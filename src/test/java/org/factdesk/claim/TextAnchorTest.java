package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleText;
import org.factdesk.web.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnchorTest {

    static String seed;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = ArticleText.parseSeed(Files.readString(Path.of("seeds/articles/000_3a2cba1ca00c7316.txt")))
                .text();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "50-minute phone call",
                "lowest since the end of the Cold War",
                "This is the second call in the month between the two leaders",
                "serious and substantive",
            })
    void seedClaimsAnchorByPositionAndByQuote(String quote) {
        int start = seed.indexOf(quote);
        TextAnchor.Span byPosition = TextAnchor.atPosition(seed, start, start + quote.length(), quote);
        TextAnchor.Span byQuote = TextAnchor.byQuote(seed, quote, null, null);

        assertEquals(byPosition, byQuote);
        assertEquals(quote, byPosition.exact());
        assertEquals(seed.substring(Math.max(0, start - 32), start), byPosition.prefix());
        assertEquals(
                seed.substring(start + quote.length(), Math.min(seed.length(), start + quote.length() + 32)),
                byPosition.suffix());
    }

    @Test
    void spanInsideCurlyQuotesKeepsTheQuoteMarksAsContext() {
        TextAnchor.Span span = TextAnchor.byQuote(seed, "serious and substantive", null, null);
        assertTrue(span.prefix().endsWith("was “"), span.prefix());
        assertTrue(span.suffix().startsWith("”."), span.suffix());
    }

    @Test
    void pastedStraightQuotesAndExtraSpacesFindTheCurlyText() {
        TextAnchor.Span span = TextAnchor.byQuote(seed, "react  \"decisively\"  if", null, null);
        assertEquals("react “decisively” if", span.exact());
    }

    /** Emoji (4-byte, two UTF-16 units), CJK, Arabic, and a combining accent. */
    static final String WORLD = "Le café ☕ a dit 😀 que 東京 compte 14 millions; قال الوزير إن 3٪ ; e\u0301te\u0301 fin.";

    @Test
    void offsetsAfterAnAstralCharacterLandExactly() {
        String quote = "que 東京 compte 14 millions";
        int start = WORLD.indexOf(quote);
        assertEquals(
                WORLD.codePointCount(0, start) + 1, start, "the emoji counts as two UTF-16 units before the quote");
        TextAnchor.Span span = TextAnchor.atPosition(WORLD, start, start + quote.length(), quote);
        assertEquals(quote, span.exact());
        assertEquals(span, TextAnchor.byQuote(WORLD, quote, null, null));
    }

    @Test
    void arabicAndCombiningAccentsAnchorExactly() {
        for (String quote : List.of("قال الوزير إن 3٪", "e\u0301te\u0301", "😀")) {
            int start = WORLD.indexOf(quote);
            assertEquals(
                    quote,
                    TextAnchor.atPosition(WORLD, start, start + quote.length(), quote)
                            .exact());
        }
    }

    @Test
    void aSpanThatSplitsAnEmojiIsRefused() {
        int emoji = WORLD.indexOf("😀");
        ProblemException inside = assertThrows(
                ProblemException.class,
                () -> TextAnchor.atPosition(WORLD, emoji + 1, emoji + 5, WORLD.substring(emoji + 1, emoji + 5)));
        assertEquals(422, inside.status());
        assertThrows(
                ProblemException.class,
                () -> TextAnchor.atPosition(WORLD, emoji - 2, emoji + 1, WORLD.substring(emoji - 2, emoji + 1)));
    }

    @Test
    void contextNeverStartsOrEndsInsideASurrogatePair() {
        String text = "😀".repeat(40) + "claim" + "😀".repeat(40);
        int start = text.indexOf("claim");
        TextAnchor.Span span = TextAnchor.atPosition(text, start, start + 5, "claim");
        assertTrue(
                span.prefix().length() == 32
                        && Character.isHighSurrogate(span.prefix().charAt(0)),
                span.prefix());
        assertTrue(Character.isLowSurrogate(span.suffix().charAt(span.suffix().length() - 1)));
    }

    @Test
    void refusesEmptyReversedOutOfRangeAndMismatchedSpans() {
        assertInvalid("end", () -> TextAnchor.atPosition(seed, 10, 10, ""));
        assertInvalid("end", () -> TextAnchor.atPosition(seed, 20, 10, "x"));
        assertInvalid("start", () -> TextAnchor.atPosition(seed, -1, 10, "x"));
        assertInvalid("start", () -> TextAnchor.atPosition(seed, 10, seed.length() + 1, "x"));
        assertInvalid("exact", () -> TextAnchor.atPosition(seed, 0, 4, "Once"));
        assertInvalid("exact", () -> TextAnchor.atPosition(seed, 0, 4, null));
    }

    @Test
    void ambiguousQuoteNamesTheCandidates() {
        ProblemException e = assertThrows(ProblemException.class, () -> TextAnchor.byQuote(seed, "Biden", null, null));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("occurs"), e.getMessage());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates =
                (List<Map<String, Object>>) e.problem().extensions().get("candidates");
        assertTrue(candidates.size() > 1);
        for (Map<String, Object> c : candidates) {
            int start = (Integer) c.get("start");
            assertEquals("Biden", seed.substring(start, (Integer) c.get("end")));
        }
    }

    @Test
    void prefixOrSuffixPicksOneOccurrence() {
        TextAnchor.Span span = TextAnchor.byQuote(seed, "Biden", "phone call, ", " urged Putin");
        assertEquals("Biden", span.exact());
        assertTrue(seed.substring(0, span.start()).endsWith("during the 50-minute phone call, "));
    }

    @Test
    void absentQuoteIsRefused() {
        assertInvalid("exact", () -> TextAnchor.byQuote(seed, "a 60-minute phone call", null, null));
        assertInvalid("exact", () -> TextAnchor.byQuote(seed, "   ", null, null));
    }

    private static void assertInvalid(String field, Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(422, e.status());
        assertTrue(
                e.problem().errors().containsKey(field),
                "error on " + field + ": " + e.problem().errors());
    }
}

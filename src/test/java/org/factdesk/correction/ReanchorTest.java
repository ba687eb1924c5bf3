package org.factdesk.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdesk.correction.Reanchor.Result;
import org.factdesk.correction.Reanchor.Status;
import org.junit.jupiter.api.Test;

/** Issue 8, part 3: where a claim lands when the article's text is corrected, for each kind of edit. */
class ReanchorTest {

    static final String TEXT = "In a telephone call on Thursday, the president spoke for an hour. "
            + "During the 50-minute phone call, he urged restraint. "
            + "Officials said tensions were the lowest since the end of the Cold War.";
    static final String QUOTE = "50-minute phone call";

    /** The claim as TextAnchor stores it: the quote and up to 32 characters either side. */
    static Reanchor.Claim claim(String text, String exact) {
        int start = text.indexOf(exact);
        int end = start + exact.length();
        return new Reanchor.Claim(start, end, exact, text.substring(Math.max(0, start - 32), start),
                text.substring(end, Math.min(text.length(), end + 32)));
    }

    static Result move(String before, String after, String exact) {
        return Reanchor.locate(new Reanchor.Texts(before, after), claim(before, exact));
    }

    static void assertLandsOn(Result result, String after, String expected) {
        assertEquals(Status.ANCHORED, result.status(), result.toString());
        assertEquals(expected, after.substring(result.start(), result.end()));
        assertEquals(expected, result.exact());
    }

    @Test
    void anUnchangedTextKeepsEveryClaimWhereItWas() {
        Result r = move(TEXT, TEXT, QUOTE);
        assertEquals(TEXT.indexOf(QUOTE), r.start());
        assertEquals(1.0, r.score());
        assertTrue(r.exactQuote());
    }

    @Test
    void anEditBeforeTheSpanShiftsIt() {
        String after = "Updated at 10:00. " + TEXT.replace("on Thursday", "late on Thursday evening");
        Result r = move(TEXT, after, QUOTE);
        assertLandsOn(r, after, QUOTE);
        assertEquals(after.indexOf(QUOTE), r.start());
    }

    @Test
    void anEditAfterTheSpanLeavesItInPlace() {
        String after = TEXT.replace("the lowest since", "at their lowest point since") + " A correction was appended.";
        Result r = move(TEXT, after, QUOTE);
        assertLandsOn(r, after, QUOTE);
        assertEquals(TEXT.indexOf(QUOTE), r.start());
        Result lowest = move(TEXT, after, "the end of the Cold War");
        assertLandsOn(lowest, after, "the end of the Cold War");
    }

    @Test
    void anEditInsideTheSpanNeedsAConfirmation() {
        String after = TEXT.replace("50-minute phone call", "50-minute telephone call");
        Result r = move(TEXT, after, QUOTE);
        assertEquals(Status.FUZZY, r.status(), r.toString());
        assertEquals("50-minute telephone call", r.exact());
        assertEquals("50-minute telephone call", after.substring(r.start(), r.end()));
        assertFalse(r.exactQuote());
        String corrected = TEXT.replace("50-minute phone call", "45-minute phone call");
        Result number = move(TEXT, corrected, QUOTE);
        assertEquals(Status.FUZZY, number.status(), "a changed number is never moved silently: " + number);
    }

    @Test
    void theLookalikeTrapIsNotTakenSilently() {
        // The claim's sentence is deleted; the same words remain in another context elsewhere.
        String before = "The mayor promised a new bridge. Critics said the budget was the lowest since 1990. "
                + "Later, analysts said the budget was the lowest since 1990 in real terms.";
        String exact = "the budget was the lowest since 1990";
        Reanchor.Claim first = claim(before, exact); // the first occurrence
        String after = "The mayor promised a new bridge. "
                + "Later, analysts said the budget was the lowest since 1990 in real terms.";
        Result r = Reanchor.locate(new Reanchor.Texts(before, after), first);
        assertTrue(r.status() != Status.ANCHORED, "moved silently onto the lookalike: " + r);
    }

    @Test
    void aDuplicateSentenceAddedElsewhereDoesNotCaptureTheClaim() {
        String sentence = "Officials said tensions were the lowest since the end of the Cold War.";
        String after = sentence + " " + TEXT;
        Result r = move(TEXT, after, "lowest since the end of the Cold War");
        assertLandsOn(r, after, "lowest since the end of the Cold War");
        assertEquals(after.lastIndexOf("lowest since the end of the Cold War"), r.start(), "the claim's own sentence, not the copy");
    }

    @Test
    void aDeletedSpanIsOrphaned() {
        String after = TEXT.replace("During the 50-minute phone call, he urged restraint. ", "");
        Result r = move(TEXT, after, QUOTE);
        assertEquals(Status.ORPHANED, r.status(), r.toString());
        assertEquals(-1, r.start());
    }

    @Test
    void whitespaceAndPunctuationOnlyEditsKeepTheClaimButSayTheQuoteChanged() {
        String after = TEXT.replace("50-minute phone call", "50 minute phone  call").replace(". ", ".\n\n");
        Result r = move(TEXT, after, QUOTE);
        assertEquals(Status.ANCHORED, r.status(), r.toString());
        assertEquals("50 minute phone  call", r.exact());
        assertFalse(r.exactQuote(), "a published claim with this change waits for an editor");
        Result untouched = move(TEXT, after, "lowest since the end of the Cold War");
        assertLandsOn(untouched, after, "lowest since the end of the Cold War");
        assertTrue(untouched.exactQuote());
    }

    @Test
    void unicodeOffsetsStayInUtf16UnitsLikeTheBrowsers() {
        String before = "Zoë said 🌍 emissions in Łódź fell 12 % — the “largest drop” since 1990.";
        String after = "🇵🇱 Update: " + before.replace("Zoë said", "Zoë Nowak said");
        Result r = move(before, after, "“largest drop”");
        assertLandsOn(r, after, "“largest drop”");
        Result city = move(before, after, "emissions in Łódź");
        assertLandsOn(city, after, "emissions in Łódź");
    }

    @Test
    void randomEditsElsewhereNeverMoveAClaimOffItsQuote() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            StringBuilder after = new StringBuilder(TEXT);
            int cut = TEXT.indexOf(QUOTE);
            // edit only outside the quote: before it or after it
            int at = random.nextBoolean() ? random.nextInt(cut) : cut + QUOTE.length() + random.nextInt(TEXT.length() - cut - QUOTE.length());
            after.insert(at, random.nextBoolean() ? " inserted words " : "×");
            Result r = move(TEXT, after.toString(), QUOTE);
            assertEquals(QUOTE, r.exact(), "round " + round + ": " + after);
            assertEquals(QUOTE, after.substring(r.start(), r.end()));
        }
    }

    @Test
    void aClaimSpanningAWholeLongArticleIsCarriedOver() {
        String paragraph = "Officials said the budget for schools rose by 3 percent while hospitals received less. ";
        String before = paragraph.repeat(600); // about 52,000 characters, all of it one claim
        String after = before.replaceFirst("hospitals received less", "hospitals received more");
        Result r = Reanchor.locate(new Reanchor.Texts(before, after), new Reanchor.Claim(0, before.length(), before, "", ""));
        assertEquals(Status.ANCHORED, r.status(), "one word in 52,000 characters: " + r);
        assertFalse(r.exactQuote());
    }
}

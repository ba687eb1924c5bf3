package org.factdesk.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.factdesk.correction.Reanchor.Result;
import org.factdesk.correction.Reanchor.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 8, part 3 and issue 15: where a claim lands when the article's text is corrected, for each kind of edit. */
class ReanchorTest {

    static final String TEXT = "In a telephone call on Thursday, the president spoke for an hour. "
            + "During the 50-minute phone call, he urged restraint. "
            + "Officials said tensions were the lowest since the end of the Cold War.";
    static final String QUOTE = "50-minute phone call";

    /** The claim as TextAnchor stores it: the quote and up to 32 characters either side. */
    static Reanchor.Claim claim(String text, String exact) {
        int start = text.indexOf(exact);
        int end = start + exact.length();
        return new Reanchor.Claim(
                start,
                end,
                exact,
                text.substring(Math.max(0, start - 32), start),
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
        assertEquals(
                after.lastIndexOf("lowest since the end of the Cold War"),
                r.start(),
                "the claim's own sentence, not the copy");
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
        String after =
                TEXT.replace("50-minute phone call", "50 minute phone  call").replace(". ", ".\n\n");
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
            int at = random.nextBoolean()
                    ? random.nextInt(cut)
                    : cut + QUOTE.length() + random.nextInt(TEXT.length() - cut - QUOTE.length());
            after.insert(at, random.nextBoolean() ? " inserted words " : "×");
            Result r = move(TEXT, after.toString(), QUOTE);
            assertEquals(QUOTE, r.exact(), "round " + round + ": " + after);
            assertEquals(QUOTE, after.substring(r.start(), r.end()));
        }
    }

    @Test
    void aClaimSpanningAWholeLongArticleIsCarriedOverButWaitsWhenAWordChanged() {
        String paragraph = "Officials said the budget for schools rose by 3 percent while hospitals received less. ";
        String before = paragraph.repeat(600); // about 52,000 characters, all of it one claim
        String after = before.replaceFirst("hospitals received less", "hospitals received more");
        Result r = Reanchor.locate(
                new Reanchor.Texts(before, after), new Reanchor.Claim(0, before.length(), before, "", ""));
        // Issue 15 changed this expectation from ANCHORED: "less" → "more" is a changed word, and a
        // changed word is never carried over silently, however long the quote.
        assertEquals(Status.FUZZY, r.status(), "one word in 52,000 characters: " + r.status() + " " + r.score());
        assertEquals(after, r.exact(), "the whole corrected text is proposed");
        String respaced = before.replace("percent while", "percent  while");
        Result spaces = Reanchor.locate(
                new Reanchor.Texts(before, respaced), new Reanchor.Claim(0, before.length(), before, "", ""));
        assertEquals(Status.ANCHORED, spaces.status(), "only spaces changed in 52,000 characters: " + spaces);
        assertFalse(spaces.exactQuote());
    }

    // Issue 15: a long quote with one word changed was carried over silently (edit-distance likeness above 0.9).
    static final String MAYOR =
            "The mayor said that spending on public transport rose by 14 percent last year while road "
                    + "maintenance costs fell sharply";
    static final String COUNCIL = "The council met on Tuesday evening to debate the budget. " + MAYOR
            + ". The opposition asked for the figures to be published before the vote.";

    @ParameterizedTest
    @CsvSource({
        "rose by, fell by",
        "costs fell, costs rose",
        "costs fell sharply, costs fell not sharply",
        "last year, this year"
    })
    void aLongQuoteWithOneWordChangedWaitsWithAProposal(String from, String to) {
        String after = COUNCIL.replace(from, to);
        Result r = move(COUNCIL, after, MAYOR);
        assertEquals(Status.FUZZY, r.status(), from + " → " + to + " moved silently: " + r);
        assertEquals(MAYOR.replace(from, to), r.exact(), "the changed quote is proposed");
        assertEquals(r.exact(), after.substring(r.start(), r.end()));
        assertTrue(r.score() <= Reanchor.WORDS_CHANGED, r.toString());
    }

    @Test
    void aLongQuoteWithOnlySpacingPunctuationOrCaseChangedStillMovesByItself() {
        String[][] edits = {
            {"rose by 14", "rose by  14"},
            {"last year while", "last year, while"},
            {"The mayor said that", "The Mayor said that:"},
            {MAYOR, MAYOR.toUpperCase(Locale.ROOT)},
            {"public transport", "public\ntransport"},
            {"road maintenance", "road-maintenance"},
            {
                MAYOR,
                "The  Mayor said, that spending on public-transport rose by 14 percent (last year) while road\n"
                        + "maintenance costs fell sharply"
            }
        };
        for (String[] edit : edits) {
            String quote = MAYOR.replace(edit[0], edit[1]);
            Result r = move(COUNCIL, COUNCIL.replace(MAYOR, quote), MAYOR);
            assertEquals(Status.ANCHORED, r.status(), edit[1] + ": " + r);
            assertEquals(quote, r.exact());
            assertFalse(r.exactQuote(), "a published claim still waits for an editor");
        }
    }

    @Test
    void quotationMarksAndApostrophesOfEveryKindAreTheSameWords() {
        String before =
                "At the hearing, the minister said: \"We don't know yet why the bridge's cables failed, and we won't "
                        + "guess before the inspectors' report\". Engineers began work the next day.";
        String quote = "\"We don't know yet why the bridge's cables failed, and we won't guess before the inspectors'"
                + " report\"";
        String curly =
                "“We don’t know yet why the bridge’s cables failed, and we won’t guess before the inspectors’ report”";
        String modifier =
                "«We donʼt know yet why the bridgeʼs cables failed, and we wonʼt guess before the inspectorsʼ report»";
        for (String changed : new String[] {curly, modifier}) {
            String after = before.replace(quote, changed);
            Result r = move(before, after, quote);
            assertEquals(Status.ANCHORED, r.status(), changed + ": " + r);
            assertEquals(changed, r.exact());
        }
        Result neg = move(before, before.replace(quote, curly.replace("don’t know", "do know")), quote);
        assertEquals(Status.FUZZY, neg.status(), "a negation removed, in curly quotes: " + neg);
    }

    @Test
    void wordsAreComparedAsWordsNotAsLetters() {
        assertTrue(Reanchor.sameWords("the 50-minute call", "The 50 minute  call"));
        assertTrue(Reanchor.sameWords("“don’t”", "\"don't\""));
        assertFalse(Reanchor.sameWords("back to day one", "back today one"), "the same letters, other words");
        assertFalse(Reanchor.sameWords("fell 4.1 percent", "fell 41 percent"), "a decimal point is part of the number");
        assertFalse(Reanchor.sameWords("fell 4.1 percent", "fell 4,1 percent"));
        assertFalse(Reanchor.sameWords("at -2 degrees", "at 2 degrees"), "a sign is part of the number");
        assertFalse(Reanchor.sameWords("up 14%", "up 14"), "a percent sign is a word");
        assertFalse(Reanchor.sameWords("cost €5", "cost $5"), "a currency sign is a word");
        assertTrue(Reanchor.sameWords("Zoë in Łódź", "ZOE\u0308 IN ŁÓDŹ"), "composed or not, upper or lower case");
    }

    @Test
    void theQuoteDiffMarksOnlyTheChangedWords() {
        String after = COUNCIL.replace("rose by", "fell by");
        Reanchor.Texts texts = new Reanchor.Texts(COUNCIL, after);
        int start = COUNCIL.indexOf(MAYOR);
        Result r = Reanchor.locate(texts, claim(COUNCIL, MAYOR));
        SideBySide sides = SideBySide.around(texts, start, start + MAYOR.length(), r.start(), r.end());
        assertEquals(List.of("rose"), changed(sides.quoteBefore()));
        assertEquals(List.of("fell"), changed(sides.quoteAfter()));
        assertEquals(MAYOR, joined(sides.quoteBefore()));
        assertEquals(MAYOR.replace("rose by", "fell by"), joined(sides.quoteAfter()));

        String spaced = "to day, the council’s budget";
        SideBySide split =
                SideBySide.around(new Reanchor.Texts(spaced, "today, the council's budget"), 0, spaced.length(), 0, 27);
        assertEquals(List.of("to day"), changed(split.quoteBefore()), "two words for one, marked as one change");
        assertEquals(List.of("today"), changed(split.quoteAfter()), "the apostrophe's kind is not a change");

        SideBySide none = SideBySide.around(texts, start, start + MAYOR.length(), null, null);
        assertTrue(none.quoteBefore().isEmpty() && none.quoteAfter().isEmpty(), "no proposal, no quote diff");
    }

    static List<String> changed(List<SideBySide.Part> parts) {
        return parts.stream()
                .filter(SideBySide.Part::changed)
                .map(SideBySide.Part::text)
                .toList();
    }

    static String joined(List<SideBySide.Part> parts) {
        return parts.stream().map(SideBySide.Part::text).collect(Collectors.joining());
    }
}

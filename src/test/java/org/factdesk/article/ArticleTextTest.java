package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void normalizesLineEndingsAndBlankLinesIntoParagraphs() {
        assertEquals(
                "One.\n\nTwo\nthree.\n\nFour.", ArticleText.normalize("One.\r\n\r\n\r\nTwo\r\nthree.\r\r\rFour.\n\n"));
    }

    @Test
    void collapsesSpacesAndTabsButKeepsEveryOtherCharacter() {
        String raw = "  “Quoted”\t\t text  with\u00A0no-break space, emoji 😀, 中文, العربية and e\u0301  ";
        assertEquals(
                "“Quoted” text with\u00A0no-break space, emoji 😀, 中文, العربية and e\u0301",
                ArticleText.normalize(raw));
    }

    @Test
    void dropsAByteOrderMark() {
        assertEquals("Text.", ArticleText.normalize("\uFEFFText."));
    }

    @Test
    void readsTheInlineDateHeaderAsThePublishedDate() {
        ArticleText.Parsed parsed =
                ArticleText.parseSeed(" date 2021-12-31 In a call on Thursday, they spoke. More.\n\nNext.");
        assertEquals(LocalDate.of(2021, 12, 31), parsed.publishedDate());
        assertEquals("In a call on Thursday, they spoke. More.\n\nNext.", parsed.text());
        assertEquals("In a call on Thursday, they spoke.", parsed.title());
    }

    @Test
    void textWithoutHeaderHasNoDate() {
        ArticleText.Parsed parsed = ArticleText.parseSeed("The date 2021-12-31 is not a header here.");
        assertNull(parsed.publishedDate());
        assertEquals("The date 2021-12-31 is not a header here.", parsed.text());
    }

    @Test
    void anImpossibleDateIsLeftInTheText() {
        ArticleText.Parsed parsed = ArticleText.parseSeed("date 2021-13-45 Something happened.");
        assertNull(parsed.publishedDate());
        assertEquals("date 2021-13-45 Something happened.", parsed.text());
    }

    @Test
    void longFirstSentenceBecomesAShortenedTitleOnAWordBoundary() {
        String sentence = "word ".repeat(60).strip() + ".";
        String title = ArticleText.workingTitle(sentence + " Second sentence.");
        assertTrue(title.length() <= ArticleText.MAX_TITLE_LENGTH, title);
        assertTrue(title.endsWith("word…"), title);
    }

    @Test
    void titleEndsAfterAClosingQuote() {
        assertEquals("He said “stop.”", ArticleText.workingTitle("He said “stop.” Then he left."));
    }
}

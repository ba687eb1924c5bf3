package org.factdesk.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.article.ArticleText;
import org.factdesk.suggestion.CheckWorthiness.Reason;
import org.factdesk.suggestion.CheckWorthiness.Suggestion;
import org.junit.jupiter.api.Test;

/** What the rules find, and why, on the demo article and on single sentences. */
class CheckWorthinessTest {

    @Test
    void theDemoArticlesKnownClaimsAreAmongTheTopFive() throws Exception {
        String text = ArticleText.parseSeed(Files.readString(Path.of("seeds/articles/000_3a2cba1ca00c7316.txt")))
                .text();
        List<Suggestion> top = CheckWorthiness.suggest(text, 5);
        for (String claim :
                List.of("50-minute phone call", "lowest since the end of the Cold War", "second call in the month")) {
            assertTrue(top.stream().anyMatch(s -> s.exact().contains(claim)), claim + " in the top 5: " + top);
        }
        for (Suggestion s : top) {
            assertEquals(s.exact(), text.substring(s.start(), s.end()), "offsets point at the phrase");
        }
    }

    @Test
    void eachSuggestionSaysWhy() {
        Suggestion duration = only("The talks lasted a 90-minute session with the envoy.");
        assertEquals("90-minute session", duration.exact());
        assertEquals(List.of(Reason.DURATION), duration.reasons());

        Suggestion quoted = only("Unemployment fell to 4.1 percent, the minister said.");
        assertEquals("4.1 percent", quoted.exact());
        assertEquals(List.of(Reason.NUMBER, Reason.ATTRIBUTION), quoted.reasons());
        assertEquals(Reason.NUMBER.weight + Reason.ATTRIBUTION.weight, quoted.score());

        assertEquals(
                List.of(Reason.CAUSAL),
                only("The tax cut led to a drop in investment.").reasons());
        assertEquals(
                List.of(Reason.PREDICTION),
                only("Prices will rise next spring.").reasons());
    }

    @Test
    void sentencesWithNothingToCheckGiveNothing() {
        assertEquals(List.of(), CheckWorthiness.suggest("We are very happy, she said. What a day it was!", 10));
    }

    private static Suggestion only(String sentence) {
        List<Suggestion> found = CheckWorthiness.suggest(sentence, 10);
        assertEquals(1, found.size(), sentence + " → " + found);
        return found.get(0);
    }

    @org.junit.jupiter.api.Test
    void everyReasonHasItsWords() {
        for (CheckWorthiness.Reason r : CheckWorthiness.Reason.values()) {
            org.junit.jupiter.api.Assertions.assertFalse(r.label().isBlank(), r.name());
        }
    }
}

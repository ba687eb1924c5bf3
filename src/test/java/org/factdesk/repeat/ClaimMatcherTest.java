package org.factdesk.repeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.factdesk.repeat.ClaimMatcher.Difference;
import org.factdesk.repeat.ClaimMatcher.Text;
import org.junit.jupiter.api.Test;

/** The matcher's rules on texts given by hand (the database's part, trigrams and stems, is fixed here). */
class ClaimMatcherTest {

    @Test
    void quantitiesAreComparedInOneUnit() {
        assertEquals(Set.of(4.5e9, 10.0), ClaimMatcher.numbers("the project will cost 4.5 bn over ten years"));
        assertEquals(Set.of(4.5e9, 10.0), ClaimMatcher.numbers("the project will cost 4.5 billion over 10 years"));
        assertEquals(Set.of(300_000.0), ClaimMatcher.numbers("300 k homes"));
    }

    @Test
    void namesAreFoldedAndTheOpeningWordIsANameOnlyWhenTheOtherTextLacksIt() {
        assertEquals(Set.of("lodz"), ClaimMatcher.names("The factory in Łódź will close", "the factory in Lodz"));
        assertEquals(Set.of("germany"), ClaimMatcher.names("Germany's inflation rose", "France's inflation rose"));
        assertEquals(Set.of(), ClaimMatcher.names("Unemployment fell", "unemployment fell"));
    }

    @Test
    void eachDifferenceLowersTheScoreOfLookalikes() {
        Text a = Text.of(
                "Unemployment fell to 3.5% in May",
                "unemployment fell to 3.5 percent in may", "unemploy fell 3.5 percent may");
        Text b = Text.of(
                "Unemployment fell to 3.8% in May",
                "unemployment fell to 3.8 percent in may", "unemploy fell 3.8 percent may");
        var match = ClaimMatcher.match(a, b, 0.88);
        assertEquals(Set.of(Difference.NUMBERS), match.differences());
        assertEquals(0.88 * 0.4, match.score(), 1e-9);

        Text not = Text.of("The minister did not raise taxes", "the minister did not raise taxes", "minist rais tax");
        Text did = Text.of("The minister raised taxes", "the minister raised taxes", "minist rais tax");
        assertEquals(
                Set.of(Difference.NEGATION), ClaimMatcher.match(not, did, 0.68).differences());

        Text doctors = Text.of("paying doctors more than nurses", "paying doctors more than nurses", "pay doctor nurs");
        Text nurses = Text.of("paying nurses more than doctors", "paying nurses more than doctors", "pay nurs doctor");
        assertEquals(
                Set.of(Difference.WORD_ORDER),
                ClaimMatcher.match(doctors, nurses, 1.0).differences());

        Text who = Text.of("The WHO warned of measles", "the who warned of measles", "warn measl");
        Text spelled = Text.of(
                "The World Health Organization warned of measles",
                "the world health organization warned of measles",
                "world health organ warn measl");
        assertTrue(
                ClaimMatcher.match(who, spelled, 0.5).differences().isEmpty(), "an abbreviation is not another name");
    }

    @Test
    void aQuoteInsideALongerOneCountsAsContained() {
        Text shorter = Text.of(
                "Our hospitals are at breaking point", "our hospitals are at breaking point", "hospit break point");
        Text longer = Text.of(
                "Our hospitals are at breaking point and the government knows it",
                "our hospitals are at breaking point and the government knows it",
                "hospit break point govern know");
        assertEquals(
                0.6, ClaimMatcher.match(shorter, longer, 0.55).score(), 1e-9); // 3 stems: too few to count as contained
        Text four = Text.of("x", "x", "hospit break point winter");
        Text fourLonger = Text.of("y", "y", "hospit break point winter govern know");
        assertEquals(
                ClaimMatcher.CONTAINED,
                ClaimMatcher.match(four, fourLonger, 0.3).score(),
                1e-9);
    }

    @Test
    void everyDifferenceAndBandHasItsWords() {
        for (Difference d : Difference.values()) {
            assertTrue(!d.label().isBlank(), d.name());
        }
        for (SimilarClaims.Band b : SimilarClaims.Band.values()) {
            assertTrue(!b.label().isBlank(), b.name());
        }
    }
}

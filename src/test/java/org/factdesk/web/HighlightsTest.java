package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.factdesk.web.Highlights.Segment;
import org.factdesk.web.Highlights.Span;
import org.junit.jupiter.api.Test;

/**
 * The highlighter's sweep against the plain definition (a segment carries every claim whose
 * span covers it, shortest first), on random texts with nested, overlapping, identical and
 * touching claims.
 */
class HighlightsTest {

    @Test
    void segmentsMatchTheDefinitionOnRandomClaims() {
        Random random = new Random(20261127);
        for (int round = 0; round < 2000; round++) {
            String text = "x".repeat(1 + random.nextInt(120));
            List<Span> claims = new ArrayList<>();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                int start = random.nextInt(text.length());
                int end = start + 1 + random.nextInt(text.length() - start);
                if (random.nextInt(5) == 0 && !claims.isEmpty()) { // the same span twice
                    Span twin = claims.get(random.nextInt(claims.size()));
                    start = twin.start();
                    end = twin.end();
                }
                claims.add(new Span(i + 1, start, end, "OPEN", null));
            }
            List<Segment> segments = Highlights.segments(text, claims);
            assertEquals(text, segments.stream().map(Segment::text).collect(Collectors.joining()), "round " + round);
            int at = 0;
            for (Segment segment : segments) {
                int from = at;
                int to = at + segment.text().length();
                List<Long> expected = claims.stream()
                        .filter(c -> c.start() <= from && c.end() >= to)
                        .sorted(Comparator.comparingInt((Span c) -> c.end() - c.start())
                                .thenComparing(Span::id))
                        .map(Span::id)
                        .toList();
                assertEquals(
                        expected,
                        segment.claimIds(),
                        "round " + round + ", segment " + from + "–" + to + " of " + claims);
                assertEquals(expected.isEmpty() ? 0 : expected.get(0), segment.innermost());
                assertEquals(expected.size(), segment.depth());
                at = to;
            }
        }
    }

    @Test
    void aTextWithoutClaimsIsOneUnmarkedSegment() {
        List<Segment> segments = Highlights.segments("Plain text.", List.of());
        assertEquals(1, segments.size());
        assertEquals(false, segments.get(0).isMarked());
    }

    @Test
    void suggestionHintsMarkOnlyTextNoClaimCovers() {
        String text = "One two three four five six.";
        List<Span> claims = List.of(new Span(7, 4, 13, "OPEN", null)); // "two three"
        List<Highlights.Hint> hints =
                List.of(new Highlights.Hint(1, 14, 18, "number"), new Highlights.Hint(2, 19, 27, "duration"));
        List<Segment> segments = Highlights.segments(text, claims, hints);
        assertEquals(text, segments.stream().map(Segment::text).collect(Collectors.joining()));
        List<String> hinted = segments.stream()
                .filter(Segment::isSuggested)
                .map(s -> s.hint().number() + ":" + s.text())
                .toList();
        assertEquals(List.of("1:four", "2:five six"), hinted);
        assertEquals(
                List.of("two three"),
                segments.stream().filter(Segment::isMarked).map(Segment::text).toList());
        assertTrue(segments.stream().noneMatch(s -> s.isMarked() && s.isSuggested()));
    }
}

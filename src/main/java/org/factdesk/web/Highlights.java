package org.factdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cuts an article's text into segments at every claim boundary, so overlapping and nested
 * claims render as flat, non-overlapping marks. The segments' text, joined, is exactly the
 * stored text: the browser's offsets over it are the server's.
 */
public final class Highlights {

    private Highlights() {}

    /**
     * One run of text. For marked runs: the innermost (shortest) claim is the one a click
     * opens; depth is how many claims cover it (drawn as stacked underlines).
     */
    public record Segment(
            String text, List<Long> claimIds, long innermost, String state, String ratingClass, int depth, Hint hint) {
        public boolean isMarked() {
            return !claimIds.isEmpty();
        }

        /** Not a claim, but inside a suggested phrase. */
        public boolean isSuggested() {
            return hint != null;
        }

        public String ids() {
            return claimIds.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }

        public String cssClass() {
            return "hl st-" + state.toLowerCase(Locale.ROOT) + " depth-" + Math.min(depth, 4)
                    + (ratingClass == null ? "" : " " + ratingClass);
        }
    }

    /** A claim's span as the highlighter needs it. */
    public record Span(long id, int start, int end, String state, String ratingClass) {}

    /** A suggested phrase, numbered as the page lists it; hints overlap neither claims nor each other. */
    public record Hint(int number, int start, int end, String title) {}

    public static List<Segment> segments(String text, List<Span> claims) {
        return segments(text, claims, List.of());
    }

    /**
     * One sweep over the cuts, keeping the claims that cover the current position: an article
     * with 500 claims costs 500 steps, not 500 claims times 1,000 segments.
     */
    public static List<Segment> segments(String text, List<Span> claims, List<Hint> hints) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span claim : claims) {
            cuts.add(claim.start());
            cuts.add(claim.end());
        }
        for (Hint hint : hints) {
            cuts.add(hint.start());
            cuts.add(hint.end());
        }
        List<Hint> hintsByStart =
                hints.stream().sorted(Comparator.comparingInt(Hint::start)).toList();
        int nextHint = 0;
        List<Span> byStart =
                claims.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        List<Span> open = new ArrayList<>();
        int next = 0;
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                int at = from;
                while (next < byStart.size() && byStart.get(next).start() <= at) {
                    open.add(byStart.get(next++));
                }
                open.removeIf(c -> c.end() <= at);
                while (nextHint < hintsByStart.size()
                        && hintsByStart.get(nextHint).end() <= at) {
                    nextHint++;
                }
                Hint hint = nextHint < hintsByStart.size()
                                && hintsByStart.get(nextHint).start() <= at
                                && open.isEmpty()
                        ? hintsByStart.get(nextHint)
                        : null;
                segments.add(segment(text, at, to, open, hint));
            }
            from = to;
        }
        return segments;
    }

    /** {@code covering}: the claims whose span covers [from, to); the shortest is the innermost. */
    private static Segment segment(String text, int from, int to, List<Span> open, Hint hint) {
        List<Span> covering = open.stream()
                .sorted(Comparator.comparingInt((Span c) -> c.end() - c.start()).thenComparing(Span::id))
                .toList();
        if (covering.isEmpty()) {
            return new Segment(text.substring(from, to), List.of(), 0, "", null, 0, hint);
        }
        Span inner = covering.get(0);
        return new Segment(
                text.substring(from, to),
                covering.stream().map(Span::id).toList(),
                inner.id(),
                inner.state(),
                inner.ratingClass(),
                covering.size(),
                null);
    }
}

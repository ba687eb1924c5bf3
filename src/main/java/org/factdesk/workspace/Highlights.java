package org.factdesk.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.claim.ClaimViews.Selector;

/**
 * Cuts an article's text into segments at every claim boundary, so overlapping and nested
 * claims render as flat, non-overlapping marks. The segments' text, joined, is exactly the
 * stored text: the browser's offsets over it are the server's.
 */
public final class Highlights {

    private Highlights() {
    }

    /**
     * One run of text. For marked runs: the innermost (shortest) claim is the one a click
     * opens; depth is how many claims cover it (drawn as stacked underlines).
     */
    public record Segment(String text, List<Long> claimIds, long innermost, String state, String ratingClass, int depth) {
        public boolean isMarked() {
            return !claimIds.isEmpty();
        }

        public String ids() {
            return claimIds.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }

        public String cssClass() {
            return "hl st-" + state.toLowerCase(Locale.ROOT) + " depth-" + Math.min(depth, 4)
                    + (ratingClass == null ? "" : " " + ratingClass);
        }
    }

    public static List<Segment> segments(String text, List<ClaimView> claims) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (ClaimView claim : claims) {
            cuts.add(start(claim));
            cuts.add(end(claim));
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                segments.add(segment(text, from, to, claims));
            }
            from = to;
        }
        return segments;
    }

    private static Segment segment(String text, int from, int to, List<ClaimView> claims) {
        List<ClaimView> covering = claims.stream().filter(c -> start(c) <= from && end(c) >= to)
                .sorted(Comparator.comparingInt((ClaimView c) -> end(c) - start(c)).thenComparing(ClaimView::id))
                .toList();
        if (covering.isEmpty()) {
            return new Segment(text.substring(from, to), List.of(), 0, "", null, 0);
        }
        ClaimView inner = covering.get(0);
        String rating = inner.verdict() == null ? null : "rating-" + inner.verdict().rating().id();
        return new Segment(text.substring(from, to), covering.stream().map(ClaimView::id).toList(), inner.id(),
                inner.state().name(), rating, covering.size());
    }

    static int start(ClaimView claim) {
        return claim.selectors().stream().filter(s -> Selector.POSITION.equals(s.type())).findFirst().orElseThrow().start();
    }

    static int end(ClaimView claim) {
        return claim.selectors().stream().filter(s -> Selector.POSITION.equals(s.type())).findFirst().orElseThrow().end();
    }
}

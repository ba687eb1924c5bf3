package org.factdesk.correction;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two versions of a passage next to each other: the text around a claim before the
 * correction and the same passage after it, changed words marked on each side, and the claim
 * (left) and its proposed place (right) marked too. Below them, the claim's quote and the
 * proposed span alone, word against word ({@link Reanchor#words}): the words that kept the
 * claim from moving by itself are marked; both are empty when nothing is proposed.
 */
public record SideBySide(List<Part> before, List<Part> after, List<Part> quoteBefore, List<Part> quoteAfter) {

    /** A run of text: changed (deleted on the left, inserted on the right) and/or inside the claim's span. */
    public record Part(String text, boolean changed, boolean claim) {}

    /** About this many characters of context on each side of the claim. */
    static final int AROUND = 160;

    static SideBySide around(Reanchor.Texts texts, int start, int end, Integer proposedStart, Integer proposedEnd) {
        int from = boundary(texts.before, Math.max(0, start - AROUND), false);
        int to = boundary(texts.before, Math.min(texts.before.length(), end + AROUND), true);
        int newFrom = texts.mapStart(from);
        int newTo = Math.max(newFrom, texts.mapEnd(to));
        if (proposedStart != null
                && proposedStart < newFrom) { // a proposal elsewhere (the quote found in another place)
            newFrom = boundary(texts.after, Math.max(0, proposedStart - AROUND / 4), false);
        }
        if (proposedEnd != null && proposedEnd > newTo) {
            newTo = boundary(texts.after, Math.min(texts.after.length(), proposedEnd + AROUND / 4), true);
        }
        String left = texts.before.substring(from, to);
        String right = texts.after.substring(newFrom, newTo);
        List<String> a = Reanchor.tokens(left);
        List<String> b = Reanchor.tokens(right);
        boolean[] deleted = new boolean[a.size()];
        boolean[] inserted = new boolean[b.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (int i = 0; i < delta.getSource().size(); i++) {
                deleted[delta.getSource().getPosition() + i] = true;
            }
            for (int i = 0; i < delta.getTarget().size(); i++) {
                inserted[delta.getTarget().getPosition() + i] = true;
            }
        }
        List<List<Part>> quote = proposedStart == null || proposedEnd == null
                ? List.of(List.of(), List.of())
                : quoteDiff(texts.before.substring(start, end), texts.after.substring(proposedStart, proposedEnd));
        return new SideBySide(
                parts(a, deleted, start - from, end - from),
                parts(
                        b,
                        inserted,
                        proposedStart == null ? -1 : proposedStart - newFrom,
                        proposedEnd == null ? -1 : proposedEnd - newFrom),
                quote.get(0),
                quote.get(1));
    }

    /**
     * The quote and the proposed span word against word ({@link Reanchor#words}), each cut into
     * runs: the words of each change marked, from its first word to its last, the spaces between
     * them included. Spacing, punctuation, quotation marks and case are never marked.
     */
    static List<List<Part>> quoteDiff(String quote, String proposed) {
        List<Reanchor.Word> a = Reanchor.words(quote);
        List<Reanchor.Word> b = Reanchor.words(proposed);
        boolean[] deleted = new boolean[quote.length()];
        boolean[] inserted = new boolean[proposed.length()];
        for (AbstractDelta<String> delta :
                DiffUtils.diff(Reanchor.keys(a), Reanchor.keys(b)).getDeltas()) {
            mark(deleted, a, delta.getSource());
            mark(inserted, b, delta.getTarget());
        }
        return List.of(runs(quote, deleted), runs(proposed, inserted));
    }

    private static void mark(boolean[] changed, List<Reanchor.Word> words, Chunk<String> chunk) {
        if (chunk.size() > 0) {
            int first = chunk.getPosition();
            Arrays.fill(
                    changed,
                    words.get(first).start(),
                    words.get(first + chunk.size() - 1).end(),
                    true);
        }
    }

    private static List<Part> runs(String text, boolean[] changed) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int at = 1; at <= text.length(); at++) {
            if (at == text.length() || changed[at] != changed[from]) {
                parts.add(new Part(text.substring(from, at), changed[from], false));
                from = at;
            }
        }
        return parts;
    }

    /** Tokens joined into runs of the same kind, cut where the marked span begins and ends. */
    private static List<Part> parts(List<String> tokens, boolean[] changed, int markFrom, int markTo) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        boolean runMarked = false;
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            for (int k = 0; k < token.length(); k++) {
                boolean marked = at >= markFrom && at < markTo;
                if (run.length() > 0 && (changed[i] != runChanged || marked != runMarked)) {
                    parts.add(new Part(run.toString(), runChanged, runMarked));
                    run.setLength(0);
                }
                runChanged = changed[i];
                runMarked = marked;
                run.append(token.charAt(k));
                at++;
            }
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), runChanged, runMarked));
        }
        return parts;
    }

    /** The nearest whitespace at or before (or after) an offset, so the passage starts and ends on whole words. */
    private static int boundary(String text, int offset, boolean forward) {
        int at = offset;
        if (forward) {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        } else {
            while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
        }
        return at;
    }
}

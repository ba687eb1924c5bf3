package org.factdesk.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimMoved;
import org.factdesk.people.PeopleDirectory;
import org.factdesk.review.Action;
import org.factdesk.review.Rating;
import org.factdesk.review.RatingService;
import org.factdesk.review.Verdict;
import org.factdesk.source.SourceService;
import org.factdesk.source.SourceViews.SourceView;

/**
 * Writes the public snapshot of a claim when it is published, republished after a
 * correction, or retracted — in the same transaction as the move. Public pages read only
 * these snapshots, so a claim in correction keeps showing what was last published.
 */
@ApplicationScoped
public class PublicationService {

    /** Characters of the article shown around a quote on its public page, at most. */
    static final int CONTEXT = 280;

    private final Event<ClaimChanged> changed;
    private final PeopleDirectory people;

    private final ArticleService articles;
    private final SourceService sources;
    private final RatingService ratings;

    PublicationService(
            Event<ClaimChanged> changed,
            PeopleDirectory people,
            ArticleService articles,
            SourceService sources,
            RatingService ratings) {
        this.articles = articles;
        this.sources = sources;
        this.ratings = ratings;
        this.changed = changed;
        this.people = people;
    }

    void onMove(@Observes ClaimMoved moved) {
        if (moved.action() == Action.PUBLISH) {
            publish(moved.claim(), moved.actor());
        } else if (moved.action() == Action.RETRACT) {
            retract(moved.claim(), moved.reason());
        } else {
            return;
        }
        // After commit, every instance drops its cached public pages.
        changed.fire(ClaimChanged.publicSite(moved.claim().articleId));
    }

    private void publish(Claim claim, String publisher) {
        Verdict verdict = claim.currentVerdict;
        List<SourceView> cited = sources.list(claim.id);
        PublicClaim before = PublicClaim.<PublicClaim>findByIdOptional(claim.id).orElse(null);
        String changes = before == null ? null : changes(before, verdict, cited.size());

        PublicClaim snapshot = fill(before != null ? before : new PublicClaim(), claim, publisher, cited);
        Instant now = Instant.now();
        if (before == null) {
            snapshot.firstPublishedAt = now;
        } else {
            snapshot.correctedAt = now;
            snapshot.retractedAt = null;
            snapshot.retractionNote = null;
        }
        snapshot.lastPublishedAt = now;
        snapshot.persist();
        PublicEvent.of(claim.id, before == null ? "PUBLISHED" : "CORRECTED", changes)
                .persist();
    }

    /**
     * The public page a claim would get if it were published now, by this editor: a snapshot
     * that is never saved. Empty without a verdict.
     */
    public java.util.Optional<PublicClaim> preview(long claimId, String publisher) {
        Claim claim = org.factdesk.claim.ClaimService.find(claimId);
        if (claim.currentVerdict == null) {
            return java.util.Optional.empty();
        }
        PublicClaim draft = fill(new PublicClaim(), claim, publisher, sources.list(claimId));
        draft.firstPublishedAt = Instant.now();
        draft.lastPublishedAt = draft.firstPublishedAt;
        return java.util.Optional.of(draft);
    }

    /** Everything a snapshot says, from the claim, its verdict, its article and its sources. */
    private PublicClaim fill(PublicClaim snapshot, Claim claim, String publisher, List<SourceView> cited) {
        Verdict verdict = claim.currentVerdict;
        Article article = articles.find(claim.articleId).orElseThrow();
        String text =
                articles.versionText(claim.articleId, claim.articleVersion).orElseThrow();
        snapshot.claimId = claim.id;
        snapshot.slug = slug(claim.exact);
        snapshot.status = PublicClaim.PUBLISHED;
        snapshot.quote = claim.exact;
        snapshot.contextBefore = contextBefore(text, claim.start);
        snapshot.contextAfter = contextAfter(text, claim.end);
        snapshot.start = claim.start;
        snapshot.end = claim.end;
        snapshot.articleVersion = claim.articleVersion;
        snapshot.claimant = claim.claimant;
        snapshot.claimDate = claim.claimDate;
        snapshot.claimType = claim.claimType.apiName();
        snapshot.articleId = article.id;
        snapshot.articleTitle = article.title;
        snapshot.articleOutlet = article.outlet;
        snapshot.articleUrl = article.url;
        snapshot.articlePublished = article.publishedDate;
        Rating rating = verdict.rating;
        snapshot.ratingLabel = rating.label;
        snapshot.ratingDefinition = rating.definition;
        snapshot.ratingColour = rating.colour;
        snapshot.ratingValue = rating.value;
        List<Rating> scale = ratings.scale().stream()
                .filter(r -> !r.retired || r.id.equals(rating.id))
                .toList();
        snapshot.bestRating = scale.stream().mapToInt(r -> r.value).max().orElse(rating.value);
        snapshot.worstRating = scale.stream().mapToInt(r -> r.value).min().orElse(rating.value);
        snapshot.conclusion = verdict.conclusion;
        snapshot.rationale = verdict.rationale;
        snapshot.sources = sources(cited);
        snapshot.checkedBy = name(verdict.author);
        snapshot.publishedBy = name(publisher);
        return snapshot;
    }

    /** A person's display name; the username when Keycloak cannot be asked (publishing goes on). */
    private String name(String username) {
        try {
            return people.find(username)
                    .map(PeopleDirectory.Person::displayName)
                    .orElse(username);
        } catch (RuntimeException unavailable) {
            return username;
        }
    }

    /** A retraction stays public with its notice: the reason the editor gave, which is published. */
    private void retract(Claim claim, String notice) {
        PublicClaim snapshot =
                PublicClaim.<PublicClaim>findByIdOptional(claim.id).orElseThrow();
        snapshot.status = PublicClaim.RETRACTED;
        snapshot.retractedAt = Instant.now();
        snapshot.retractionNote = notice;
        PublicEvent.of(claim.id, "RETRACTED", notice).persist();
    }

    /** What a correction changed, in words readers understand; never internal notes. */
    static String changes(PublicClaim before, Verdict now, long sourceCount) {
        List<String> parts = new ArrayList<>();
        if (!before.ratingLabel.equals(now.rating.label)) {
            parts.add("Rating changed from “" + before.ratingLabel + "” to “" + now.rating.label + "”.");
        }
        if (!before.conclusion.equals(now.conclusion)) {
            parts.add("Conclusion changed from “" + before.conclusion + "”.");
        }
        if (!Objects.equals(before.rationale, now.rationale)) {
            parts.add("The rationale was revised.");
        }
        if (before.sources.size() != sourceCount) {
            parts.add("Sources: " + before.sources.size() + " before, " + sourceCount + " now.");
        }
        return parts.isEmpty() ? "Sources or wording were updated." : String.join(" ", parts);
    }

    private static List<Map<String, Object>> sources(List<SourceView> cited) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SourceView s : cited) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("title", s.title());
            source.put("publisher", s.publisher());
            source.put("url", s.url());
            source.put("archivedUrl", s.archivedUrl());
            source.put("quotedPassage", s.quotedPassage());
            source.put("stance", s.stance());
            source.put(
                    "accessedOn", s.accessedOn() == null ? null : s.accessedOn().toString());
            list.add(source);
        }
        return list;
    }

    /** The previous sentence and the start of the quote's own, within its paragraph. */
    static String contextBefore(String text, int start) {
        int from = Math.max(Math.max(0, start - CONTEXT), text.lastIndexOf('\n', start - 1) + 1);
        int sentence = text.lastIndexOf(". ", start - 1);
        if (sentence >= from) {
            int previous = text.lastIndexOf(". ", sentence - 1);
            if (previous >= from) {
                from = previous + 2;
            }
        }
        if (from > 0 && from < start && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    /** The rest of the sentence after the quote, within its paragraph. */
    static String contextAfter(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        int paragraph = text.indexOf("\n", end);
        if (paragraph >= 0 && paragraph < to) {
            to = paragraph;
        }
        int sentence = text.indexOf(". ", end);
        if (sentence >= 0 && sentence + 1 < to) {
            to = sentence + 1;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(end, to);
    }

    /** A readable address part from the quote: ascii words joined by hyphens. */
    static String slug(String quote) {
        String ascii = Normalizer.normalize(quote, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            int cut = slug.lastIndexOf('-', 60);
            slug = slug.substring(0, cut > 20 ? cut : 60);
        }
        return slug.isEmpty() ? "claim" : slug;
    }
}

package org.factdesk.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleService;

/** What the public pages read: the published snapshots, and whether the article changed since. */
@ApplicationScoped
public class PublicSite {

    /** A published claim, its public notices, and whether the publisher corrected the article since. */
    public record ClaimOnSite(PublicClaim claim, List<PublicEvent> notices, boolean articleChanged) {}

    /** An article as published: the text the claims were published on, and those claims. */
    public record ArticleOnSite(PublicClaim first, String text, List<PublicClaim> claims, boolean articleChanged) {}

    private final ArticleService articles;

    PublicSite(ArticleService articles) {
        this.articles = articles;
    }

    /** The published snapshot of a claim alone. */
    public Optional<PublicClaim> snapshot(long claimId) {
        return PublicClaim.findPublic(claimId);
    }

    public Optional<ClaimOnSite> claim(long claimId) {
        return PublicClaim.findPublic(claimId)
                .map(c -> new ClaimOnSite(
                        c, PublicEvent.forClaim(c.claimId), changedSince(c.articleId, c.articleVersion)));
    }

    /** The claims published on the text of the article's first published claim; empty if none is public. */
    public Optional<ArticleOnSite> article(long articleId) {
        List<PublicClaim> claims = PublicClaim.forArticle(articleId);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        PublicClaim first = claims.get(0);
        String text = articles.versionText(articleId, first.articleVersion).orElseThrow();
        List<PublicClaim> shown = claims.stream()
                .filter(c -> c.articleVersion == first.articleVersion)
                .toList();
        return Optional.of(new ArticleOnSite(first, text, shown, changedSince(articleId, first.articleVersion)));
    }

    /** The newest public notices (published, corrected, retracted), each with its claim's snapshot. */
    public List<Notice> latestNotices(int count) {
        List<PublicEvent> events =
                PublicEvent.find("order by at desc, id desc").page(0, count).list();
        Map<Long, PublicClaim> claims = events.isEmpty()
                ? Map.of()
                : PublicClaim.<PublicClaim>list(
                                "claimId in ?1",
                                events.stream().map(e -> e.claimId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(c -> c.claimId, c -> c));
        return events.stream()
                .filter(e -> claims.containsKey(e.claimId))
                .map(e -> new Notice(e, claims.get(e.claimId)))
                .toList();
    }

    /** A public notice and the claim it is about. */
    public record Notice(PublicEvent event, PublicClaim claim) {}

    /** The rating colours of what is published, as CSS classes (the pages allow no inline style). */
    @SuppressWarnings("unchecked")
    public String coloursCss() {
        List<String> colours = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select distinct rating_colour from public_claim order by 1")
                .getResultList();
        StringBuilder css = new StringBuilder();
        for (String colour : colours) {
            String cls = PublicClaim.colourClass(colour);
            if (!cls.equals("colour-none")) {
                css.append('.')
                        .append(cls)
                        .append(" { --rating: #")
                        .append(cls.substring("colour-".length()))
                        .append("; }\n");
            }
        }
        return css.toString();
    }

    /** True when the publisher corrected the article after this version: the page then says so. */
    private boolean changedSince(long articleId, int version) {
        return articles.latestVersion(articleId) > version;
    }
}

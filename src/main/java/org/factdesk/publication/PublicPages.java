package org.factdesk.publication;

import static org.factdesk.web.Texts.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.FactdeskConfig;
import org.factdesk.repeat.SimilarClaims;
import org.factdesk.web.Highlights;
import org.factdesk.web.ProblemException;

/**
 * The public site: no login, only what was published. Everything here reads the public
 * snapshots; an unknown or unpublished claim is simply not found.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    /** One published claim's page. */
    public record ClaimPage(
            PublicClaim claim,
            List<PublicEvent> notices,
            String canonical,
            String jsonLd,
            boolean showReviewers,
            List<SimilarClaims.Repeat> repeats,
            boolean articleChanged,
            boolean preview) {}

    /** The index with its filters, kept in the address so a view can be shared. */
    public record IndexPage(
            PublicSearch.Summaries page, PublicSearch.Filter filter, String nextUrl, List<String> ratings) {}

    /** An article with only its published claims highlighted, each linking to its page. */
    public record ArticlePage(
            long id,
            String title,
            String outlet,
            String url,
            LocalDate published,
            List<Piece> pieces,
            Map<Long, String> paths,
            List<PublicClaim> claims,
            boolean articleChanged) {}

    /** A piece of the article text; where a claim's words end, its verdict ({@code verdict}) follows them. */
    public record Piece(Highlights.Segment s, PublicClaim verdict) {}

    /** Each claim's rating after the last piece of its words, so that no highlight is colour alone. */
    static List<Piece> pieces(List<Highlights.Segment> segments, List<PublicClaim> claims) {
        Map<Long, PublicClaim> byId = claims.stream().collect(Collectors.toMap(c -> c.claimId, c -> c));
        List<Piece> pieces = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Highlights.Segment s = segments.get(i);
            Highlights.Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
            boolean ends = s.isMarked() && (next == null || !next.isMarked() || next.innermost() != s.innermost());
            pieces.add(new Piece(s, ends ? byId.get(s.innermost()) : null));
        }
        return pieces;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<PublicSearch.Summary> latest);

        static native TemplateInstance index(IndexPage view);

        static native TemplateInstance claim(ClaimPage view);

        static native TemplateInstance article(ArticlePage view);
    }

    private final PublicSearch search;
    private final FactdeskConfig config;
    private final PublicCache cache;
    private final SimilarClaims similar;
    private final PublicSite site;

    PublicPages(PublicSearch search, FactdeskConfig config, PublicCache cache, SimilarClaims similar, PublicSite site) {
        this.site = site;
        this.similar = similar;
        this.search = search;
        this.config = config;
        this.cache = cache;
    }

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @GET
    public Response home(@Context Request request, @Context UriInfo uri) {
        return PublicResponses.cacheable(
                request,
                cache.page(
                        key(uri),
                        () -> Templates.home(search.summaries(PublicSearch.Filter.newest(10))
                                        .claims())
                                .render()),
                HTML);
    }

    /** The rating colours of what is published, as classes: the public pages allow no inline style. */
    @GET
    @Path("colours.css")
    @Produces("text/css")
    public Response colours(@Context Request request) {
        return PublicResponses.cacheable(request, site.coloursCss(), MediaType.valueOf("text/css;charset=UTF-8"));
    }

    @GET
    @Path("claims")
    public Response index(@Context Request request, @Context UriInfo uri, @BeanParam PublicSearch.Address address) {
        PublicSearch.Filter filter = address.filter();
        return PublicResponses.cacheable(
                request,
                cache.page(key(uri), () -> {
                    PublicSearch.Summaries page = search.summaries(filter);
                    return Templates.index(new IndexPage(
                                    page,
                                    filter,
                                    page.next() == null ? null : nextUrl(filter, page.next()),
                                    search.ratingLabels()))
                            .render();
                }),
                HTML);
    }

    /** {@code /claims/12-fifty-minute-phone-call}; a wrong or missing slug redirects to the right one. */
    @GET
    @Path("claims/{key}")
    public Response claim(@Context Request request, @Context UriInfo uri, @PathParam("key") String key) {
        PublicCache.Page cached = cache.page(key(uri), () -> renderClaim(key));
        if (cached.isRedirect()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(cached.redirect()))
                    .build();
        }
        return PublicResponses.cacheable(request, cached, HTML);
    }

    /** Marks a cached answer that is a redirect to the canonical address. */
    static final String REDIRECT = "redirect:";

    private String renderClaim(String key) {
        String digits = key.replaceFirst("^(\\d+).*$", "$1");
        if (!digits.matches("\\d{1,18}")) {
            throw ProblemException.notFound(text("http.404"));
        }
        PublicSite.ClaimOnSite found =
                site.claim(Long.parseLong(digits)).orElseThrow(() -> ProblemException.notFound(text("http.404")));
        PublicClaim claim = found.claim();
        if (!key.equals(claim.claimId + "-" + claim.slug)) {
            return REDIRECT + claim.path();
        }
        ClaimPage page = new ClaimPage(
                claim,
                found.notices(),
                config.publicSite().baseUrl() + claim.path(),
                ClaimReviewJsonLd.script(claim, config.publicSite()),
                config.publicSite().showReviewers(),
                similar.repeatedIn(claim.claimId),
                found.articleChanged(),
                false);
        return Templates.claim(page).render();
    }

    /** The page a claim would get if published now (a snapshot never saved), marked as a preview. */
    public String preview(PublicClaim draft) {
        return Templates.claim(new ClaimPage(
                        draft,
                        List.of(),
                        config.publicSite().baseUrl() + draft.path(),
                        ClaimReviewJsonLd.script(draft, config.publicSite()),
                        config.publicSite().showReviewers(),
                        List.of(),
                        false,
                        true))
                .render();
    }

    @GET
    @Path("articles/{id}")
    public Response article(@Context Request request, @Context UriInfo uri, @PathParam("id") long id) {
        return PublicResponses.cacheable(request, cache.page(key(uri), () -> renderArticle(id)), HTML);
    }

    private String renderArticle(long id) {
        PublicSite.ArticleOnSite article =
                site.article(id).orElseThrow(() -> ProblemException.notFound(text("http.404")));
        PublicClaim first = article.first();
        List<Highlights.Span> spans = article.claims().stream()
                .map(c -> new Highlights.Span(
                        c.claimId, c.start, c.end, c.isRetracted() ? "RETRACTED" : "PUBLISHED", c.colourClass()))
                .toList();
        return Templates.article(new ArticlePage(
                        id,
                        first.articleTitle,
                        first.articleOutlet,
                        first.articleUrl,
                        first.articlePublished,
                        pieces(Highlights.segments(article.text(), spans), article.claims()),
                        article.claims().stream().collect(Collectors.toMap(c -> c.claimId, PublicClaim::path)),
                        article.claims(),
                        article.articleChanged()))
                .render();
    }

    /** The cache key of this request: its address as sent, which is also what {@link PublicCacheRoute} looks up. */
    private static String key(UriInfo uri) {
        return PublicCache.key(
                uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery());
    }

    private static String nextUrl(PublicSearch.Filter f, String next) {
        StringBuilder url = new StringBuilder("/claims?after=").append(next);
        append(url, "q", f.q());
        append(url, "rating", f.rating());
        append(url, "outlet", f.outlet());
        append(url, "article", f.article());
        append(url, "from", f.from());
        append(url, "to", f.to());
        append(url, "limit", f.limit());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

package org.factdesk.publication;

import static org.factdesk.web.Texts.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.FactdeskConfig;
import org.factdesk.web.ProblemException;

/** The published claims for machines: Atom, JSON, CSV and W3C Web Annotations. */
@Path("/")
public class PublicFeeds {

    static final int FEED_SIZE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of the feed: a publication, correction or retraction. */
    public record Entry(PublicEvent event, PublicClaim claim, String url) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(
                List<Entry> entries, String updated, String self, String home, String organization);
    }

    private final PublicSearch search;
    private final FactdeskConfig config;

    private final PublicSite site;

    PublicFeeds(PublicSearch search, FactdeskConfig config, PublicSite site) {
        this.site = site;
        this.search = search;
        this.config = config;
    }

    @GET
    @Path("claims.atom")
    @Transactional
    public Response atom(@Context Request request) {
        String base = config.publicSite().baseUrl();
        List<PublicSite.Notice> notices = site.latestNotices(FEED_SIZE);
        List<Entry> entries = notices.stream()
                .map(n -> new Entry(n.event(), n.claim(), base + n.claim().path()))
                .toList();
        String updated = notices.isEmpty()
                ? "1970-01-01T00:00:00Z"
                : notices.get(0).event().at.toString();
        String body = Templates.feed(
                        entries,
                        updated,
                        base + "/claims.atom",
                        base + "/",
                        config.publicSite().organizationName())
                .render();
        return PublicResponses.cacheable(request, body, MediaType.valueOf("application/atom+xml;charset=UTF-8"));
    }

    @GET
    @Path("api/public/claims")
    public Response json(@Context Request request, @BeanParam PublicSearch.Address address)
            throws JsonProcessingException {
        PublicSearch.Page page = search.search(address.filter());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.claims().stream().map(this::item).toList());
        body.put("next", page.next());
        return PublicResponses.cacheable(request, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE);
    }

    @GET
    @Path("claims.csv")
    public Response csv(@Context Request request, @BeanParam PublicSearch.Address address) {
        PublicSearch.Page page = search.search(address.filter());
        StringBuilder csv = new StringBuilder(
                "url,quote,claimant,claim_date,rating,conclusion,article,outlet,published,modified,status\r\n");
        for (PublicClaim c : page.claims()) {
            csv.append(String.join(
                            ",",
                            cell(config.publicSite().baseUrl() + c.path()),
                            cell(c.quote),
                            cell(c.claimant),
                            cell(c.claimDate),
                            cell(c.ratingLabel),
                            cell(c.conclusion),
                            cell(c.articleTitle),
                            cell(c.articleOutlet),
                            cell(c.firstPublishedAt),
                            cell(c.correctedAt),
                            cell(c.status)))
                    .append("\r\n");
        }
        return PublicResponses.cacheable(request, csv.toString(), MediaType.valueOf("text/csv;charset=UTF-8"));
    }

    /** The claim as a W3C Web Annotation: motivation "assessing", both selectors, the verdict as body. */
    @GET
    @Path("claims/{id: \\d+}.annotation.jsonld")
    @Transactional
    public Response annotation(@Context Request request, @PathParam("id") long id) throws JsonProcessingException {
        PublicClaim c = site.snapshot(id).orElseThrow(() -> ProblemException.notFound(text("http.404")));
        String base = config.publicSite().baseUrl();
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("@context", "http://www.w3.org/ns/anno.jsonld");
        annotation.put("id", base + "/claims/" + c.claimId + ".annotation.jsonld");
        annotation.put("type", "Annotation");
        annotation.put("motivation", "assessing");
        annotation.put("created", c.firstPublishedAt.toString());
        annotation.put(
                "creator",
                fields("type", "Organization", "name", config.publicSite().organizationName()));
        annotation.put(
                "body",
                List.of(
                        fields("type", "TextualBody", "purpose", "assessing", "value", c.ratingLabel),
                        fields(
                                "type",
                                "TextualBody",
                                "purpose",
                                "describing",
                                "value",
                                c.conclusion,
                                "format",
                                "text/plain")));
        List<Map<String, Object>> selectors = new ArrayList<>();
        selectors.add(fields("type", "TextPositionSelector", "start", c.start, "end", c.end));
        selectors.add(fields(
                "type", "TextQuoteSelector", "exact", c.quote, "prefix", c.contextBefore, "suffix", c.contextAfter));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", base + "/articles/" + c.articleId);
        target.put("selector", selectors);
        annotation.put("target", target);
        annotation.put("url", base + c.path());
        return PublicResponses.cacheable(
                request,
                JSON.writeValueAsString(annotation),
                MediaType.valueOf("application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""));
    }

    private Map<String, Object> item(PublicClaim c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", c.claimId);
        item.put("url", config.publicSite().baseUrl() + c.path());
        item.put("status", c.status.toLowerCase());
        item.put("quote", c.quote);
        item.put("claimant", c.claimant);
        item.put("claimDate", c.claimDate == null ? null : c.claimDate.toString());
        item.put(
                "rating",
                fields("label", c.ratingLabel, "value", c.ratingValue, "best", c.bestRating, "worst", c.worstRating));
        item.put("conclusion", c.conclusion);
        item.put("rationale", c.rationale);
        item.put("sources", c.sources);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", c.articleTitle);
        article.put("outlet", c.articleOutlet);
        article.put("url", c.articleUrl);
        article.put("publishedDate", c.articlePublished == null ? null : c.articlePublished.toString());
        item.put("article", article);
        item.put("publishedAt", c.firstPublishedAt.toString());
        item.put("correctedAt", c.correctedAt == null ? null : c.correctedAt.toString());
        item.put("retractedAt", c.retractedAt == null ? null : c.retractedAt.toString());
        item.put("retractionNote", c.retractionNote);
        if (config.publicSite().showReviewers()) {
            item.put("checkedBy", c.checkedBy);
            item.put("publishedBy", c.publishedBy);
        }
        return item;
    }

    /**
     * A JSON object whose members keep the order given. {@code Map.of} iterates in an order
     * that changes from one JVM to the next, so two instances would send different bytes
     * (and different ETags) for the same data.
     */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralized so spreadsheets do not run it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

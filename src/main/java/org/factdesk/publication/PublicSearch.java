package org.factdesk.publication;

import static org.factdesk.web.Texts.text;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Finding published claims for readers: filters in the address, full-text search, keyset pages.
 *
 * <p>The lists of the public pages ({@link #summaries}) are the hottest read of the site when
 * its page cache is off or cold, so they take one statement that reads only the columns a list
 * shows, as plain values. The feeds ({@link #search}) load whole snapshots.
 */
@ApplicationScoped
public class PublicSearch {

    static final int PAGE = 20;
    static final int MAX_PAGE = 100;

    /** The filters as an address gives them ({@code /claims?q=…&rating=…}), bound with {@code @BeanParam}. */
    public record Address(
            @RestQuery String q,
            @RestQuery String rating,
            @RestQuery String outlet,
            @RestQuery Long article,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String after,
            @RestQuery Integer limit) {
        public Filter filter() {
            return Filter.of(q, rating, outlet, article, from, to, after, limit);
        }
    }

    /** The filters of /claims; all optional. {@code after} is the cursor of the next page. */
    public record Filter(
            String q,
            String rating,
            String outlet,
            Long article,
            LocalDate from,
            LocalDate to,
            String after,
            Integer limit,
            boolean swapped) {

        /** Some filter is set: a page with no results then offers to clear them. */
        public boolean any() {
            return q != null || rating != null || outlet != null || article != null || from != null || to != null;
        }

        /**
         * From the query parameters as given (dates as text; blanks mean "no filter"). A "from"
         * after the "until" is read the other way round, and the page says so.
         */
        public static Filter of(
                String q,
                String rating,
                String outlet,
                Long article,
                String from,
                String to,
                String after,
                Integer limit) {
            LocalDate start = Inputs.date("from", from);
            LocalDate end = Inputs.date("to", to);
            boolean swapped = start != null && end != null && start.isAfter(end);
            return new Filter(
                    Inputs.text(q),
                    Inputs.text(rating),
                    Inputs.text(outlet),
                    article,
                    swapped ? end : start,
                    swapped ? start : end,
                    Inputs.text(after),
                    limit,
                    swapped);
        }

        /** The newest claims, unfiltered. */
        static Filter newest(int limit) {
            return new Filter(null, null, null, null, null, null, null, limit, false);
        }

        int size() {
            return Inputs.limit(limit, PAGE, MAX_PAGE);
        }
    }

    /** A page of whole snapshots (for the feeds) and the cursor of the next page, if any. */
    public record Page(List<PublicClaim> claims, String next) {}

    /** A page of list rows (for the HTML lists) and the cursor of the next page, if any. */
    public record Summaries(List<Summary> claims, String next) {}

    /** What a list of claims shows of each claim. */
    public record Summary(
            long claimId,
            String slug,
            String status,
            String quote,
            String conclusion,
            String claimant,
            String articleTitle,
            String articleOutlet,
            String ratingLabel,
            String ratingColour,
            Instant firstPublishedAt,
            LocalDate publishedOn) {

        public String colourClass() {
            return PublicClaim.colourClass(ratingColour);
        }

        public String path() {
            return PublicClaim.path(claimId, slug);
        }

        public boolean isRetracted() {
            return PublicClaim.RETRACTED.equals(status);
        }
    }

    private static final String SUMMARY_COLUMNS = "claim_id, slug, status, quote, conclusion, claimant, article_title, "
            + "article_outlet, rating_label, rating_colour, first_published_at";

    /** The rows of a list page: one statement, scalar columns only (no entities to load or check). */
    @SuppressWarnings("unchecked")
    public Summaries summaries(Filter filter) {
        int size = filter.size();
        Sql where = where(filter, i -> "?" + i);
        NativeQuery<Object[]> query = Panache.getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(
                        "select " + SUMMARY_COLUMNS + " from public_claim" + where.text()
                                + " order by first_published_at desc, claim_id desc limit " + (size + 1),
                        Object[].class)
                .addScalar("claim_id", StandardBasicTypes.LONG)
                .addScalar("slug", StandardBasicTypes.STRING)
                .addScalar("status", StandardBasicTypes.STRING)
                .addScalar("quote", StandardBasicTypes.STRING)
                .addScalar("conclusion", StandardBasicTypes.STRING)
                .addScalar("claimant", StandardBasicTypes.STRING)
                .addScalar("article_title", StandardBasicTypes.STRING)
                .addScalar("article_outlet", StandardBasicTypes.STRING)
                .addScalar("rating_label", StandardBasicTypes.STRING)
                .addScalar("rating_colour", StandardBasicTypes.STRING)
                .addScalar("first_published_at", StandardBasicTypes.INSTANT);
        for (int i = 0; i < where.params().size(); i++) {
            query.setParameter(i + 1, where.params().get(i));
        }
        List<Summary> rows =
                query.getResultList().stream().map(PublicSearch::summary).toList();
        boolean more = rows.size() > size;
        List<Summary> page = more ? rows.subList(0, size) : rows;
        Summary last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Summaries(page, more ? cursor(last.firstPublishedAt(), last.claimId()) : null);
    }

    private static Summary summary(Object[] row) {
        Instant published = (Instant) row[10];
        return new Summary(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                published,
                LocalDate.ofInstant(published, ZoneOffset.UTC));
    }

    /** Whole snapshots for the feeds: the matching ids, then the snapshots in one batch. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page search(Filter filter) {
        int size = filter.size();
        Sql where = where(filter, i -> "?" + i);
        Query query = Panache.getEntityManager()
                .createNativeQuery("select claim_id from public_claim" + where.text()
                        + " order by first_published_at desc, claim_id desc limit " + (size + 1));
        for (int i = 0; i < where.params().size(); i++) {
            query.setParameter(i + 1, where.params().get(i));
        }
        List<Long> ids = new ArrayList<>(((List<Number>) query.getResultList())
                .stream().map(Number::longValue).toList());
        boolean more = ids.size() > size;
        if (more) {
            ids = ids.subList(0, size);
        }
        List<PublicClaim> claims = ids.isEmpty()
                ? List.of()
                : PublicClaim.<PublicClaim>list("claimId in ?1", ids).stream()
                        .sorted(Comparator.comparing((PublicClaim c) -> c.firstPublishedAt)
                                .thenComparing(c -> c.claimId)
                                .reversed())
                        .toList();
        PublicClaim last = claims.isEmpty() ? null : claims.get(claims.size() - 1);
        return new Page(claims, more ? cursor(last.firstPublishedAt, last.claimId) : null);
    }

    /** The rating labels of what is published, best rating first: the choices of the rating filter. */
    @SuppressWarnings("unchecked")
    public List<String> ratingLabels() {
        return Panache.getEntityManager()
                .createNativeQuery("select rating_label from public_claim group by rating_label"
                        + " order by max(rating_value) desc, rating_label")
                .getResultList();
    }

    /** Lower case, every run of other characters than letters and digits one space. */
    static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** A LIKE pattern for text starting with this, LIKE's own characters escaped. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String cursor(Instant at, long claimId) {
        return at.toEpochMilli() + "_" + claimId;
    }

    /** A WHERE clause with its parameters in order; {@code placeholder} writes the i-th (1-based) marker. */
    private record Sql(String text, List<Object> params) {}

    private static Sql where(Filter filter, IntFunction<String> placeholder) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.q() != null) {
            params.add(filter.q());
            sql.append(" and search @@ websearch_to_tsquery('english', public_search_text(")
                    .append(placeholder.apply(params.size()))
                    .append("))");
        }
        if (filter.rating() != null) {
            // "half", "Half-true" and "half true" all find "Half true".
            params.add(likePrefix(words(filter.rating())));
            sql.append(" and regexp_replace(lower(rating_label), '[^[:alnum:]]+', ' ', 'g') like ")
                    .append(placeholder.apply(params.size()));
        }
        if (filter.outlet() != null) {
            params.add(Inputs.containsPattern(filter.outlet()));
            sql.append(" and lower(article_outlet) like ").append(placeholder.apply(params.size()));
        }
        if (filter.article() != null) {
            params.add(filter.article());
            sql.append(" and article_id = ").append(placeholder.apply(params.size()));
        }
        if (filter.from() != null) {
            params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
            sql.append(" and first_published_at >= ").append(placeholder.apply(params.size()));
        }
        if (filter.to() != null) {
            params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            sql.append(" and first_published_at < ").append(placeholder.apply(params.size()));
        }
        if (filter.after() != null) {
            String[] cursor = filter.after().split("_");
            try {
                params.add(Instant.ofEpochMilli(Long.parseLong(cursor[0])).atOffset(ZoneOffset.UTC));
                params.add(Long.parseLong(cursor[1]));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalid("after", text("input.cursor"));
            }
            sql.append(" and (first_published_at, claim_id) < (")
                    .append(placeholder.apply(params.size() - 1))
                    .append(", ")
                    .append(placeholder.apply(params.size()))
                    .append(")");
        }
        return new Sql(sql.toString(), params);
    }
}

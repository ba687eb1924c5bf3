package org.factdesk.publication;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

import static org.factdesk.web.Texts.text;

/** Finding published claims for readers: filters in the address, full-text search, keyset pages. */
@ApplicationScoped
public class PublicSearch {

    static final int PAGE = 20;

    /** The filters of /claims; all optional. {@code after} is the cursor of the next page. */
    public record Filter(String q, String rating, String outlet, Long article, LocalDate from, LocalDate to, String after,
            Integer limit) {

        /** From the query parameters as given (dates as text; blanks mean "no filter"). */
        public static Filter of(String q, String rating, String outlet, Long article, String from, String to, String after,
                Integer limit) {
            return new Filter(Inputs.text(q), Inputs.text(rating), Inputs.text(outlet), article, Inputs.date("from", from),
                    Inputs.date("to", to), Inputs.text(after), limit);
        }
    }

    static final int MAX_PAGE = 100;

    public record Page(List<PublicClaim> claims, String next) {
    }

    @Transactional
    public List<PublicClaim> latest(int limit) {
        return PublicClaim.latest(limit);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page search(Filter filter) {
        StringBuilder sql = new StringBuilder("select claim_id from public_claim where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            sql.append(" and search @@ websearch_to_tsquery('simple', :q)");
            params.put("q", filter.q());
        }
        if (filter.rating() != null) {
            sql.append(" and lower(rating_label) = lower(:rating)");
            params.put("rating", filter.rating());
        }
        if (filter.outlet() != null) {
            sql.append(" and lower(article_outlet) = lower(:outlet)");
            params.put("outlet", filter.outlet());
        }
        if (filter.article() != null) {
            sql.append(" and article_id = :article");
            params.put("article", filter.article());
        }
        if (filter.from() != null) {
            sql.append(" and first_published_at >= :from");
            params.put("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and first_published_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.after() != null) {
            String[] cursor = filter.after().split("_");
            try {
                params.put("afterAt", Instant.ofEpochMilli(Long.parseLong(cursor[0])));
                params.put("afterId", Long.parseLong(cursor[1]));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalid("after", text("input.cursor"));
            }
            sql.append(" and (first_published_at, claim_id) < (:afterAt, :afterId)");
        }
        int size = filter.limit() == null ? PAGE : filter.limit();
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalid("limit", text("input.limit", MAX_PAGE));
        }
        sql.append(" order by first_published_at desc, claim_id desc limit ").append(size + 1);
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Long> ids = new ArrayList<>(((List<Number>) query.getResultList()).stream().map(Number::longValue).toList());
        boolean more = ids.size() > size;
        if (more) {
            ids = ids.subList(0, size);
        }
        List<PublicClaim> claims = ids.isEmpty() ? List.of() : PublicClaim.<PublicClaim>list("claimId in ?1", ids).stream()
                .sorted(Comparator.comparing((PublicClaim c) -> c.firstPublishedAt).thenComparing(c -> c.claimId).reversed())
                .toList();
        String next = more ? claims.get(claims.size() - 1).firstPublishedAt.toEpochMilli() + "_" + claims.get(claims.size() - 1).claimId : null;
        return new Page(claims, next);
    }
}

package rows;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /claims}: a page with the 20 rows of Factdesk's {@code /claims}, rendered by Factdesk's
 * own row markup from claims held in memory (the same texts as scripts/bench/public.sql).
 */
@Path("/claims")
@Produces("text/html;charset=UTF-8")
public class RowsPage {

    /** The fields Factdesk's list rows read (as org.factdesk.publication.PublicSearch.Summary). */
    public record Summary(long claimId, String slug, String quote, String conclusion, String claimant, String articleTitle,
            String articleOutlet, String ratingLabel, LocalDate publishedOn) {

        public String path() {
            return "/claims/" + claimId + "-" + slug;
        }

        public boolean isRetracted() {
            return false;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claims(List<Summary> claims);
    }

    /** The row tag's texts and helpers, as Factdesk provides them. */
    @MessageBundle
    public interface Messages {
        @Message("Retracted")
        String public_retracted();
    }

    @TemplateExtension
    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static final List<Summary> ROWS = IntStream.rangeClosed(1, 20).mapToObj(s -> {
        String quote = "figure " + s + " rose by " + (s % 50) + " percent";
        return new Summary(10_000 - s, quote.replace(' ', '-'), quote, "The official figures show a rise close to the one claimed.",
                "Official " + (s % 7), "Bench article 500", "Outlet 0", "Mostly true",
                LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC));
    }).toList();

    @GET
    public String claims() {
        return Templates.claims(ROWS).render();
    }
}

package org.factdesk.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.factdesk.web.HttpUrl;

/** What clients send and get for sources. */
public final class SourceViews {

    private SourceViews() {}

    /** A source to add or the new content of one. {@code version} is the claim's (or If-Match). */
    public record SourceRequest(
            Long version,

            @NotBlank(message = "{factdesk.required}") @HttpUrl @Size(max = 2000)
            String url,

            @NotBlank(message = "{factdesk.required}") @Size(max = 500)
            String title,

            @Size(max = 300) String publisher,
            LocalDate accessedOn,
            @HttpUrl @Size(max = 2000) String archivedUrl,
            @Size(max = 10_000) String quotedPassage,
            String stance,
            String kind) {}

    public record SourceView(
            long id,
            String url,
            String title,
            String publisher,
            LocalDate accessedOn,
            String archivedUrl,
            String quotedPassage,
            String stance,
            String kind,
            String addedBy,
            Instant addedAt,
            Instant updatedAt) {

        static SourceView of(Source s) {
            return new SourceView(
                    s.id,
                    s.url,
                    s.title,
                    s.publisher,
                    s.accessedOn,
                    s.archivedUrl,
                    s.quotedPassage,
                    s.stance.name().toLowerCase(Locale.ROOT),
                    s.kind.name().toLowerCase(Locale.ROOT),
                    s.addedBy,
                    s.addedAt,
                    s.updatedAt);
        }
    }

    /** The source after a change, and the claim version the change produced. */
    public record SourceChange(SourceView source, long claimVersion) {}
}

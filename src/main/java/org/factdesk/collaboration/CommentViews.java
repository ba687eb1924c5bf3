package org.factdesk.collaboration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What clients send and get for comments. */
public final class CommentViews {

    private CommentViews() {}

    public record NewComment(
            @NotBlank(message = "{factdesk.required}") @Size(max = 10_000)
            String body,

            Long parentId) {}

    public record Resolution(
            @NotNull(message = "{factdesk.required}") Boolean resolved) {}

    /** A comment with its replies (a thread). */
    public record CommentView(
            long id,
            Long parentId,
            String author,
            String body,
            Instant createdAt,
            Set<String> mentions,
            boolean resolved,
            String resolvedBy,
            Instant resolvedAt,
            List<CommentView> replies) {}
}

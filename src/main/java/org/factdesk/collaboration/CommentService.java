package org.factdesk.collaboration;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimService;
import org.factdesk.collaboration.CommentViews.CommentView;
import org.factdesk.collaboration.CommentViews.NewComment;
import org.factdesk.people.PeopleDirectory;
import org.factdesk.security.Actor;
import org.factdesk.web.ProblemException;

/** Threaded internal discussion of a claim, with @mentions of colleagues. */
@ApplicationScoped
public class CommentService {

    /** @user, not inside an e-mail address or a word. */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]|[A-Za-z0-9])");

    private final PeopleDirectory people;
    private final jakarta.enterprise.event.Event<ClaimChanged> changed;

    CommentService(PeopleDirectory people, jakarta.enterprise.event.Event<ClaimChanged> changed) {
        this.people = people;
        this.changed = changed;
    }

    /** A comment is not a change of the claim, but every open page of it shows the thread live. */
    private void announce(Claim claim) {
        changed.fire(new ClaimChanged(claim.articleId, claim.id));
    }

    @Transactional
    public List<CommentView> threads(long claimId) {
        ClaimService.find(claimId);
        return threads(Comment.listForClaim(claimId));
    }

    @Transactional
    public CommentView add(long claimId, NewComment request, Actor actor) {
        Set<String> mentions = mentions(request.body());
        Claim claim = ClaimService.find(claimId);
        if (request.parentId() != null
                && Comment.findOnClaim(claimId, request.parentId()).isEmpty()) {
            throw ProblemException.invalid("parentId", text("comment.parent-elsewhere", claimId, request.parentId()));
        }
        Comment comment = new Comment();
        comment.claimId = claimId;
        comment.parentId = request.parentId();
        comment.author = actor.username();
        comment.body = request.body().strip();
        comment.createdAt = Instant.now();
        comment.mentions.addAll(mentions);
        comment.persist();
        announce(claim);
        return view(comment, List.of());
    }

    @Transactional
    public CommentView resolve(long claimId, long commentId, boolean resolved, Actor actor) {
        Comment comment = Comment.findOnClaim(claimId, commentId)
                .orElseThrow(() -> ProblemException.notFound(text("comment.not-found", claimId, commentId)));
        comment.resolvedBy = resolved ? actor.username() : null;
        comment.resolvedAt = resolved ? Instant.now() : null;
        announce(ClaimService.find(claimId));
        return view(comment, List.of());
    }

    /** The user names mentioned that belong to colleagues; other @words stay plain text. */
    Set<String> mentions(String body) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            named.add(m.group(1));
        }
        if (named.isEmpty()) {
            return named;
        }
        Set<String> known =
                people.list().stream().map(PeopleDirectory.Person::username).collect(Collectors.toSet());
        named.retainAll(known);
        return named;
    }

    private static List<CommentView> threads(List<Comment> comments) {
        Map<Long, List<Comment>> byParent =
                comments.stream().filter(c -> c.parentId != null).collect(Collectors.groupingBy(c -> c.parentId));
        return comments.stream()
                .filter(c -> c.parentId == null)
                .map(c -> tree(c, byParent))
                .toList();
    }

    private static CommentView tree(Comment comment, Map<Long, List<Comment>> byParent) {
        List<CommentView> replies = new ArrayList<>();
        for (Comment reply : byParent.getOrDefault(comment.id, List.of())) {
            replies.add(tree(reply, byParent));
        }
        return view(comment, replies);
    }

    private static CommentView view(Comment c, List<CommentView> replies) {
        return new CommentView(
                c.id,
                c.parentId,
                c.author,
                c.body,
                c.createdAt,
                new java.util.TreeSet<>(c.mentions),
                c.resolvedAt != null,
                c.resolvedBy,
                c.resolvedAt,
                replies);
    }
}

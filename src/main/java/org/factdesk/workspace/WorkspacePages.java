package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewLog;
import org.factdesk.review.ReviewState;
import org.factdesk.security.Actor;
import org.factdesk.security.CurrentUser;

/** The workspace home: my work, what waits for my approval, what just changed, counts by state. */
@Path("/workspace")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WorkspacePages {

    static final int RECENT = 15;

    public record StateCount(ReviewState state, long count) {}

    /** A claim an editor sent back to me, with who did, when and why. */
    public record Returned(ClaimView claim, String by, java.time.Instant at, String reason) {}

    public record HomeView(
            CurrentUser user,
            List<Returned> returned,
            List<ClaimView> mine,
            List<ClaimView> toApprove,
            List<ClaimView> recent,
            List<StateCount> counts) {
        /** Someone without a Factdesk role only sees who they are. */
        public boolean member() {
            return !user.getRoles().isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView view);

        static native TemplateInstance home$lists(HomeView view);
    }

    private final CurrentUser user;
    private final ClaimService claims;
    private final ReviewLog log;

    WorkspacePages(CurrentUser user, ClaimService claims, ReviewLog log) {
        this.user = user;
        this.claims = claims;
        this.log = log;
    }

    /** Claims sent back with changes requested to whoever submitted them or wrote their verdict. */
    private List<Returned> returned(Actor actor) {
        List<ReviewEvent> requests = log.returnedTo(actor.username());
        Map<Long, ClaimView> views = claims
                .views(requests.stream().map(e -> e.claimId).toList(), actor)
                .stream()
                .collect(java.util.stream.Collectors.toMap(ClaimView::id, c -> c));
        return requests.stream()
                .filter(e -> views.containsKey(e.claimId))
                .map(e -> new Returned(views.get(e.claimId), e.actor, e.at, e.reason))
                .toList();
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(view());
    }

    /** The lists alone, refreshed live. */
    @GET
    @Path("lists")
    public TemplateInstance lists() {
        return Templates.home$lists(view());
    }

    private HomeView view() {
        if (user.getRoles().isEmpty()) {
            return new HomeView(user, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Actor actor = user.actor();
        List<ClaimView> toApprove = user.isEditor()
                ? claims.waitingIn(ReviewState.AWAITING_APPROVAL, actor).stream()
                        .filter(c -> c.allowedActions().contains(Action.APPROVE))
                        .toList()
                : List.of();
        Map<ReviewState, Long> counts = claims.countsByState();
        return new HomeView(
                user,
                returned(actor),
                claims.assignedTo(actor.username(), actor),
                toApprove,
                claims.recentlyChanged(RECENT, actor),
                Arrays.stream(ReviewState.values())
                        .map(s -> new StateCount(s, counts.getOrDefault(s, 0L)))
                        .toList());
    }
}

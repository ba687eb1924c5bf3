package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.factdesk.claim.ClaimRequests.ClaimFilter;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimViews.ClaimPage;
import org.factdesk.review.ReviewState;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Roles;

/** All claims, filtered by state, assignee or text, newest first, a page at a time. */
@Path("/workspace/claims")
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ClaimListPages {

    public record ClaimListView(ClaimPage page, String state, String assignee, String q, List<ReviewState> states) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimListView view);
    }

    private final ClaimService claims;
    private final CurrentUser user;

    ClaimListPages(ClaimService claims, CurrentUser user) {
        this.claims = claims;
        this.user = user;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("state") String state,
            @QueryParam("assignee") String assignee,
            @QueryParam("q") String q,
            @QueryParam("after") String after) {
        String chosenState = blankToNull(state);
        ClaimPage page = claims.search(
                new ClaimFilter(chosenState, blankToNull(assignee), null, null, blankToNull(q), blankToNull(after), 50),
                user.actor());
        return Templates.list(new ClaimListView(
                page,
                chosenState == null ? "" : chosenState,
                assignee == null ? "" : assignee,
                q == null ? "" : q,
                List.of(ReviewState.values())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

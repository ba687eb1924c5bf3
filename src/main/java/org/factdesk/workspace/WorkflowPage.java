package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.factdesk.FactdeskConfig;
import org.factdesk.review.ReviewState;
import org.factdesk.review.ReviewViews.TransitionView;
import org.factdesk.review.ReviewViews.WorkflowView;
import org.factdesk.review.Workflow;
import org.factdesk.security.Roles;

/** The workflow drawn from the same transition table the server enforces. */
@Path("/workspace/workflow")
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class WorkflowPage {

    /** One state with the moves that leave it. */
    public record StateBox(ReviewState state, List<TransitionView> moves) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workflow(List<StateBox> states, int minSources);
    }

    private final FactdeskConfig config;

    WorkflowPage(FactdeskConfig config) {
        this.config = config;
    }

    @GET
    public TemplateInstance workflow() {
        WorkflowView table = Workflow.view(config.review().minSources());
        List<StateBox> boxes = Arrays.stream(ReviewState.values())
                .map(s -> new StateBox(
                        s,
                        table.transitions().stream().filter(t -> t.from() == s).toList()))
                .toList();
        return Templates.workflow(boxes, table.minSources());
    }
}

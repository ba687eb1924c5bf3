package org.factdesk.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.FactdeskConfig;
import org.factdesk.security.Roles;

@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
public class WorkflowApi {

    private final FactdeskConfig config;

    WorkflowApi(FactdeskConfig config) {
        this.config = config;
    }

    @GET
    @Operation(summary = "The workflow's transition table: states, actions, roles and guards")
    public ReviewViews.WorkflowView table() {
        return Workflow.view(config.review().minSources());
    }
}

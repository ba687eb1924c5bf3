package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.factdesk.security.CurrentUser;

/** The workspace home: who is logged in; later their claims and queues. */
@Path("/workspace")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WorkspacePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CurrentUser user);
    }

    private final CurrentUser user;

    WorkspacePages(CurrentUser user) {
        this.user = user;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(user);
    }
}

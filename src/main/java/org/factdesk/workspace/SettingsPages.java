package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.review.RatingService;
import org.factdesk.review.ReviewRequests.RatingOrder;
import org.factdesk.review.ReviewRequests.RatingRequest;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.security.Roles;
import org.factdesk.web.ProblemException;

/** Admin settings: the rating scale (add, rename, recolour, reorder, retire). */
@Path("/workspace/settings")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class SettingsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<RatingView> ratings, FormState form);
    }

    private final RatingService ratings;
    private final Forms forms;

    SettingsPages(RatingService ratings, Forms forms) {
        this.ratings = ratings;
        this.forms = forms;
    }

    @GET
    public TemplateInstance settings() {
        return Templates.settings(ratings.list(), FormState.NONE);
    }

    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> form) {
        return save("rating-new", form, () -> ratings.add(request(form)));
    }

    @POST
    @Path("ratings/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save("rating-" + id, form, () -> ratings.update(id, request(form)));
    }

    /** Moves one rating a place up or down. */
    @POST
    @Path("ratings/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save("rating-" + id, form, () -> {
            List<Long> order = new ArrayList<>(ratings.list().stream().map(RatingView::id).toList());
            int at = order.indexOf(id);
            int to = "up".equals(form.getFirst("direction")) ? at - 1 : at + 1;
            if (at >= 0 && to >= 0 && to < order.size()) {
                order.set(at, order.get(to));
                order.set(to, id);
            }
            ratings.reorder(new RatingOrder(order));
        });
    }

    private RatingRequest request(MultivaluedMap<String, String> form) {
        RatingRequest request = new RatingRequest(form.getFirst("label"), form.getFirst("definition"),
                forms.integer(form, "value"), form.getFirst("colour"), "on".equals(form.getFirst("retired")));
        forms.validate(request);
        return request;
    }

    private Response save(String formName, MultivaluedMap<String, String> form, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/workspace/settings")).build();
        } catch (ProblemException problem) {
            return forms.page(problem, Templates.settings(ratings.list(), forms.state(formName, form, problem)));
        }
    }
}

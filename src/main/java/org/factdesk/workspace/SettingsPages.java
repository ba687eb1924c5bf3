package org.factdesk.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.review.RatingService;
import org.factdesk.review.ReviewRequests.RatingOrder;
import org.factdesk.review.ReviewRequests.RatingRequest;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.security.Roles;
import org.factdesk.workspace.FormInputs.Move;
import org.factdesk.workspace.FormInputs.Rating;

/** Admin settings: the rating scale (add, rename, recolour, reorder, retire). */
@Path("/workspace/settings")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SettingsPages {

    /** The scale, and its forms: one per rating and one to add a rating. */
    public record SettingsView(List<RatingView> ratings, FormState form) {
        public Form newRating() {
            return Form.of(FormName.RATING, form)
                    .at("/workspace/settings")
                    .limitedBy(RatingRequest.class)
                    .ids("new-%s")
                    .saved("value", 0)
                    .saved("colour", "#6e7781");
        }

        public Form rating(RatingView rating) {
            return Form.of(FormName.RATING, rating.id(), form)
                    .at("/workspace/settings")
                    .limitedBy(RatingRequest.class)
                    .ids("%s-" + rating.id(), "%s-error-" + rating.id())
                    .saved("label", rating.label())
                    .saved("definition", rating.definition())
                    .saved("value", rating.value())
                    .saved("colour", rating.colour())
                    .saved("retired", rating.retired() ? "on" : "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView view);
    }

    private static final URI SETTINGS = URI.create("/workspace/settings");

    private final RatingService ratings;
    private final Forms forms;

    SettingsPages(RatingService ratings, Forms forms) {
        this.ratings = ratings;
        this.forms = forms;
    }

    @GET
    public TemplateInstance settings() {
        return page(FormState.NONE);
    }

    @POST
    @Path("ratings")
    public Response add(@BeanParam Rating form) {
        return forms.submit(
                form,
                FormName.RATING.key(),
                request -> {
                    ratings.add(request);
                    return SETTINGS;
                },
                this::page);
    }

    @POST
    @Path("ratings/{id}")
    public Response update(@PathParam("id") long id, @BeanParam Rating form) {
        return forms.submit(
                form,
                FormName.RATING.key(id),
                request -> {
                    ratings.update(id, request);
                    return SETTINGS;
                },
                this::page);
    }

    /** Moves one rating a place up or down. */
    @POST
    @Path("ratings/{id}/move")
    public Response move(@PathParam("id") long id, @BeanParam Move form) {
        return forms.submit(
                form,
                FormName.RATING.key(id),
                up -> {
                    List<Long> order = new ArrayList<>(
                            ratings.list().stream().map(RatingView::id).toList());
                    int at = order.indexOf(id);
                    int to = up ? at - 1 : at + 1;
                    if (at >= 0 && to >= 0 && to < order.size()) {
                        order.set(at, order.get(to));
                        order.set(to, id);
                    }
                    ratings.reorder(new RatingOrder(order));
                    return SETTINGS;
                },
                this::page);
    }

    private TemplateInstance page(FormState form) {
        return Templates.settings(new SettingsView(ratings.list(), form));
    }
}

package org.factdesk.workspace;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.stream.Collectors;
import org.factdesk.review.RatingService;

/** Each rating's colour as a CSS class (the CSP allows no inline styles); public, like the scale itself. */
@Path("/ratings.css")
public class RatingStyles {

    private final RatingService ratings;

    RatingStyles(RatingService ratings) {
        this.ratings = ratings;
    }

    @GET
    @Produces("text/css")
    public String css() {
        return ratings.list().stream()
                .map(r -> ".rating-" + r.id() + " { --rating: " + r.colour() + "; }")
                .collect(Collectors.joining("\n"));
    }
}

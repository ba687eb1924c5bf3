package org.factdesk.review;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.review.ReviewRequests.RatingOrder;
import org.factdesk.review.ReviewRequests.RatingRequest;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.web.ProblemException;

/** The rating scale: admins add, rename, reorder and retire values; nothing is deleted. */
@ApplicationScoped
public class RatingService {

    @Transactional
    /** A rating, for a verdict to use. */
    public Optional<Rating> find(long id) {
        return Rating.findByIdOptional(id);
    }

    /** The whole scale in its order, retired ratings included. */
    public List<Rating> scale() {
        return Rating.listInOrder();
    }

    public List<RatingView> list() {
        return Rating.listInOrder().stream().map(RatingView::of).toList();
    }

    @Transactional
    public RatingView add(RatingRequest request) {
        Rating rating = new Rating();
        rating.position = Rating.nextPosition();
        fill(rating, request);
        rating.persist();
        return RatingView.of(rating);
    }

    @Transactional
    public RatingView update(long id, RatingRequest request) {
        Rating rating = Rating.<Rating>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("rating.not-found", id)));
        fill(rating, request);
        return RatingView.of(rating);
    }

    /** Puts the scale in the given order; every rating must be named exactly once. */
    @Transactional
    public List<RatingView> reorder(RatingOrder request) {
        Map<Long, Rating> ratings =
                Rating.listInOrder().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        if (request.order().size() != ratings.size() || !ratings.keySet().equals(new HashSet<>(request.order()))) {
            throw ProblemException.invalid("order", text("rating.order", ratings.keySet()));
        }
        for (int i = 0; i < request.order().size(); i++) {
            ratings.get(request.order().get(i)).position = i + 1;
        }
        return list();
    }

    private static void fill(Rating rating, RatingRequest request) {
        String label = request.label().strip();
        boolean retired = Boolean.TRUE.equals(request.retired());
        if (!retired && Rating.activeLabelTaken(label, rating.id)) {
            throw ProblemException.invalid("label", text("rating.label-taken", label));
        }
        String colour = request.colour().strip().toLowerCase(Locale.ROOT);
        if (!colour.matches("#[0-9a-f]{6}")) {
            throw ProblemException.invalid("colour", text("rating.colour"));
        }
        if (request.value() < -100 || request.value() > 100) {
            throw ProblemException.invalid("value", text("rating.value"));
        }
        rating.label = label;
        rating.definition = request.definition().strip();
        rating.value = request.value();
        rating.colour = colour;
        rating.retired = retired;
    }
}

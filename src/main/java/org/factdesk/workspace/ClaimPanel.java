package org.factdesk.workspace;

import java.util.List;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.collaboration.CommentViews.CommentView;
import org.factdesk.people.PeopleDirectory.Person;
import org.factdesk.repeat.SimilarClaims.Similar;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewViews.History;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.source.SourceViews.SourceView;

/** Everything the claim panel shows, for one user. */
public record ClaimPanel(ClaimView claim, List<SourceView> sources, History history, List<CommentView> comments,
        List<RatingView> ratings, List<Person> people, FormState form, Supplier<Similar> similarOf) {

    /**
     * "Already checked?", looked up only when the page shows it (not for the live status
     * refresh) and once per render.
     */
    public Similar similar() {
        return similarOf.get();
    }

    /** A value computed on first use, then kept. */
    static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    public boolean may(String action) {
        return claim.allowedActions().stream().anyMatch(a -> a.apiName().equals(action));
    }

    /** The workflow buttons: every allowed action except assignment, which has its own form. */
    public List<Action> moves() {
        return claim.allowedActions().stream().filter(a -> !a.isAssignment()).toList();
    }

    /** Research (sources, verdict) can change in this state. */
    public boolean editable() {
        return claim.state().isEditable();
    }

    /** The details form is the one being shown again (after a refusal). */
    public boolean editingDetails() {
        return form.is("details");
    }

    /** Why the details form was refused (each field's own error stands next to it). */
    public String detailsMessage() {
        return form.message("details");
    }

    public boolean isDetailsType(String apiName) {
        return form.value("details", "claimType", claim.claimType().apiName()).equals(apiName);
    }

    public String tagsText() {
        return String.join(", ", claim.tags());
    }

    public String exact() {
        return claim.quote().exact();
    }

    public String prefix() {
        return claim.quote().prefix();
    }

    public String suffix() {
        return claim.quote().suffix();
    }

    public List<RatingView> currentRatings() {
        return ratings.stream().filter(r -> !r.retired()).toList();
    }

    /** The rating to preselect: what the user chose before an error, else the current verdict's. */
    public boolean isSelectedRating(long ratingId) {
        String current = claim.verdict() == null ? "" : String.valueOf(claim.verdict().rating().id());
        return form.value("verdict", "ratingId", current).equals(String.valueOf(ratingId));
    }

    /** The original whose verdict fills the verdict form as a draft (not saved yet), or "". */
    public String draftFrom() {
        return form.value("verdict", "draft", "");
    }
}

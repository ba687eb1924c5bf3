package org.factdesk.workspace;

import java.util.List;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimRequests.ClaimDetails;
import org.factdesk.claim.ClaimViews.ClaimView;
import org.factdesk.collaboration.CommentViews.CommentView;
import org.factdesk.collaboration.CommentViews.NewComment;
import org.factdesk.people.PeopleDirectory.Person;
import org.factdesk.repeat.SimilarClaims.Similar;
import org.factdesk.review.Action;
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewRequests.VerdictRequest;
import org.factdesk.review.ReviewViews.History;
import org.factdesk.review.ReviewViews.HistoryEntry;
import org.factdesk.review.ReviewViews.RatingView;
import org.factdesk.source.SourceViews.SourceRequest;
import org.factdesk.source.SourceViews.SourceView;

/** Everything the claim panel shows, for one user. */
public record ClaimPanel(
        ClaimView claim,
        List<SourceView> sources,
        History history,
        List<CommentView> comments,
        List<RatingView> ratings,
        List<Person> people,
        FormState form,
        Supplier<Similar> similarOf,
        Action done,
        String publicPath,
        int minSources) {

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

    /** The order in which a next step is preferred: moving the work forward first. */
    private static final List<Action> FORWARD =
            List.of(Action.SUBMIT, Action.APPROVE, Action.PUBLISH, Action.START, Action.REOPEN, Action.OPEN_CORRECTION);

    /** The workflow buttons, the next step first: every allowed action but assignment and those set apart. */
    public List<Action> moves() {
        Action primary = primary();
        return claim.allowedActions().stream()
                .filter(a -> !a.isAssignment() && !a.isDestructive())
                .sorted(java.util.Comparator.comparing(a -> a != primary))
                .toList();
    }

    /** The next step, drawn as the primary button; null when none moves the work forward. */
    public Action primary() {
        return FORWARD.stream()
                .filter(claim.allowedActions()::contains)
                .findFirst()
                .orElse(null);
    }

    /** Dismiss and retract, allowed now: set apart from the other buttons. */
    public List<Action> setApart() {
        return claim.allowedActions().stream().filter(Action::isDestructive).toList();
    }

    /** What submitting needs, while research is open: enough sources and a verdict. */
    public boolean enoughSources() {
        return claim.sourceCount() >= minSources;
    }

    public boolean hasVerdict() {
        return claim.verdict() != null;
    }

    /** Research (sources, verdict) can change in this state. */
    public boolean editable() {
        return claim.state().isEditable();
    }

    /**
     * The editor's request for changes, while it stands (nothing moved the claim since): the
     * panel opens with it, so the reviewer sees what to change first.
     */
    public HistoryEntry returned() {
        HistoryEntry lastMove = null;
        for (HistoryEntry e : history.events()) {
            if (e.from() != e.to()) {
                lastMove = e;
            }
        }
        return lastMove != null
                        && Action.REQUEST_CHANGES.apiName().equals(lastMove.action())
                        && lastMove.to() == claim.state()
                ? lastMove
                : null;
    }

    /** What to say after a workflow action, e.g. "Sent to the editors: it is in the approval queue." */
    public boolean confirms() {
        return done != null;
    }

    /** The claim's own page: a refused form is shown again there. */
    public String address() {
        return "/workspace/articles/" + claim.articleId() + "/claims/" + claim.id();
    }

    /** The claim's details, corrected: the same fields as a new claim's ({@code tags/claimfields}). */
    public Form details() {
        return Form.of(FormName.DETAILS, form)
                .at(address())
                .limitedBy(ClaimDetails.class)
                .ids("details-%s")
                .saved("version", claim.version())
                .saved("claimant", claim.claimant())
                .saved("claimType", claim.claimType().apiName())
                .saved("claimDate", claim.claimDate())
                .saved("whySelected", claim.whySelected())
                .saved("tags", String.join(", ", claim.tags()));
    }

    /** A verdict to propose, starting from the current one (or a repeat's, as a draft). */
    public Form verdict() {
        var current = claim.verdict();
        return Form.of(FormName.VERDICT, form)
                .at(address())
                .limitedBy(VerdictRequest.class)
                .saved("version", claim.version())
                .saved("draft", "")
                .saved("ratingId", current == null ? "" : current.rating().id())
                .saved("conclusion", current == null ? "" : current.conclusion())
                .saved("rationale", current == null ? "" : current.rationale());
    }

    /** A new source; the same fields as editing one ({@code tags/sourcefields}). */
    public Form newSource() {
        return Form.of(FormName.SOURCE, form)
                .at(address())
                .limitedBy(SourceRequest.class)
                .ids("source-%s")
                .saved("version", claim.version())
                .saved("stance", "supports")
                .saved("kind", "secondary");
    }

    public Form editSource(SourceView source) {
        return Form.of(FormName.SOURCE, source.id(), form)
                .at(address())
                .limitedBy(SourceRequest.class)
                .ids("%s-" + source.id(), "%s-error-" + source.id())
                .saved("version", claim.version())
                .saved("url", source.url())
                .saved("title", source.title())
                .saved("publisher", source.publisher())
                .saved("stance", source.stance())
                .saved("kind", source.kind())
                .saved("accessedOn", source.accessedOn())
                .saved("archivedUrl", source.archivedUrl())
                .saved("quotedPassage", source.quotedPassage());
    }

    /** Workflow actions, with a reason and an assignee. */
    public Form action() {
        return Form.of(FormName.ACTION, form)
                .at(address())
                .limitedBy(TransitionRequest.class)
                .saved("version", claim.version());
    }

    /** Dismiss or retract, with the reason readers or the team will see. */
    public Form apart() {
        return Form.of(FormName.APART, form)
                .at(address())
                .limitedBy(TransitionRequest.class)
                .ids("apart-%s")
                .saved("version", claim.version());
    }

    public Form comment() {
        return Form.of(FormName.COMMENT, form)
                .at(address())
                .limitedBy(NewComment.class)
                .ids("comment-%s");
    }

    public Form repeat() {
        return Form.of(FormName.REPEAT, form).at(address());
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
        String current = claim.verdict() == null
                ? ""
                : String.valueOf(claim.verdict().rating().id());
        return form.value("verdict", "ratingId", current).equals(String.valueOf(ratingId));
    }

    /** The original whose verdict fills the verdict form as a draft (not saved yet), or "". */
    public String draftFrom() {
        return form.value("verdict", "draft", "");
    }
}

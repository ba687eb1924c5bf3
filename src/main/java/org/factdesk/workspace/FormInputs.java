package org.factdesk.workspace;

import static org.factdesk.workspace.Forms.blankToNull;
import static org.factdesk.workspace.Forms.date;
import static org.factdesk.workspace.Forms.integer;
import static org.factdesk.workspace.Forms.multiline;
import static org.factdesk.workspace.Forms.number;

import java.util.List;
import org.factdesk.article.ArticleViews.NewArticle;
import org.factdesk.claim.ClaimRequests.ClaimDetails;
import org.factdesk.claim.ClaimRequests.CreateClaim;
import org.factdesk.claim.ClaimRequests.SelectorInput;
import org.factdesk.claim.ClaimViews.Selector;
import org.factdesk.collaboration.CommentViews.NewComment;
import org.factdesk.review.ReviewRequests.RatingRequest;
import org.factdesk.review.ReviewRequests.TransitionRequest;
import org.factdesk.review.ReviewRequests.VerdictRequest;
import org.factdesk.source.SourceViews.SourceRequest;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Every workspace form as the browser sends it, bound with {@code @BeanParam}: each component
 * is one field, named as in the page, and each form reads its typed request in one place.
 * The constraints (and so the messages and the fields' {@code maxlength}) stay on the
 * requests, which the JSON API validates too.
 */
public final class FormInputs {

    private FormInputs() {}

    /** A claim's quote as the browser measured it. */
    public record Quote(Integer start, Integer end, String exact) {}

    /** A new claim: the selected quote and its details. */
    public record Selection(
            @RestForm String start,
            @RestForm String end,
            @RestForm String exact,
            @RestForm String claimant,
            @RestForm String claimDate,
            @RestForm String claimType,
            @RestForm String whySelected,
            @RestForm String tags)
            implements FormInput<CreateClaim> {
        @Override
        public CreateClaim request() {
            return new CreateClaim(
                    null,
                    List.of(
                            new SelectorInput(
                                    Selector.POSITION, integer("start", start), integer("end", end), null, null, null),
                            new SelectorInput(Selector.QUOTE, null, null, multiline(exact), null, null)),
                    claimant,
                    date("claimDate", claimDate),
                    claimType,
                    whySelected,
                    Forms.tags(tags));
        }
    }

    /** A claim's details corrected. */
    public record Details(
            @RestForm String version,
            @RestForm String claimant,
            @RestForm String claimDate,
            @RestForm String claimType,
            @RestForm String whySelected,
            @RestForm String tags)
            implements FormInput<ClaimDetails> {
        @Override
        public ClaimDetails request() {
            return new ClaimDetails(
                    number("version", version),
                    claimant,
                    date("claimDate", claimDate),
                    claimType,
                    whySelected,
                    Forms.tags(tags));
        }
    }

    /** A workflow action; {@code back} is "queue" when it was decided in the approval queue. */
    public record Transition(
            @RestForm String version,
            @RestForm String action,
            @RestForm String reason,
            @RestForm String assignee,
            @RestForm String back)
            implements FormInput<TransitionRequest> {
        @Override
        public TransitionRequest request() {
            return new TransitionRequest(action, number("version", version), reason, inQueue() ? null : assignee);
        }

        boolean inQueue() {
            return "queue".equals(back);
        }

        /** Dismiss or retract, from their own form on the claim. */
        boolean setApart() {
            return "apart".equals(back);
        }
    }

    public record Verdict(
            @RestForm String version,
            @RestForm String ratingId,
            @RestForm String conclusion,
            @RestForm String rationale)
            implements FormInput<VerdictRequest> {
        @Override
        public VerdictRequest request() {
            return new VerdictRequest(number("version", version), number("ratingId", ratingId), conclusion, rationale);
        }
    }

    /** A source added or edited: one form, so both offer the same fields. */
    public record Source(
            @RestForm String version,
            @RestForm String url,
            @RestForm String title,
            @RestForm String publisher,
            @RestForm String accessedOn,
            @RestForm String archivedUrl,
            @RestForm String quotedPassage,
            @RestForm String stance,
            @RestForm String kind)
            implements FormInput<SourceRequest> {
        @Override
        public SourceRequest request() {
            return new SourceRequest(
                    number("version", version),
                    url,
                    title,
                    publisher,
                    date("accessedOn", accessedOn),
                    blankToNull(archivedUrl),
                    quotedPassage,
                    stance,
                    kind);
        }
    }

    /** A change with nothing to fill in (remove, confirm, unlink), based on the claim's version. */
    public record Version(@RestForm String version) implements FormInput<Long> {
        @Override
        public Long request() {
            return number("version", version);
        }
    }

    public record Comment(@RestForm String body, @RestForm String parentId) implements FormInput<NewComment> {
        @Override
        public NewComment request() {
            return new NewComment(body, number("parentId", parentId));
        }
    }

    public record Resolution(@RestForm String resolved) implements FormInput<Boolean> {
        @Override
        public Boolean request() {
            return !"false".equals(resolved);
        }
    }

    /** "Already checked?": the earlier claim this one repeats. */
    public record Repeat(@RestForm String version, @RestForm String claimId) implements FormInput<Long> {
        @Override
        public Long request() {
            return number("claimId", claimId);
        }

        Long claimVersion() {
            return number("version", version);
        }
    }

    /**
     * A quote the browser measured, with the version it was measured on: a suggested phrase
     * (claimed or dismissed; the article's version) or a quote selected again after a
     * correction (the claim's version).
     */
    public record Quoted(
            @RestForm String version,
            @RestForm String start,
            @RestForm String end,
            @RestForm String exact) implements FormInput<Quote> {
        @Override
        public Quote request() {
            return new Quote(integer("start", start), integer("end", end), multiline(exact));
        }

        Long claimVersion() {
            return number("version", version);
        }

        Integer articleVersion() {
            return integer("version", version);
        }
    }

    /** The publisher's corrected text of an article. */
    public record Correction(
            @RestForm String text, @RestForm String note) implements FormInput<Correction> {
        @Override
        public Correction request() {
            return new Correction(multiline(text), note);
        }
    }

    /** A rating of the scale, added or changed. */
    public record Rating(
            @RestForm String label,
            @RestForm String definition,
            @RestForm String value,
            @RestForm String colour,
            @RestForm String retired)
            implements FormInput<RatingRequest> {
        @Override
        public RatingRequest request() {
            return new RatingRequest(label, definition, integer("value", value), colour, "on".equals(retired));
        }
    }

    /** A rating moved one place "up" or down. */
    public record Move(@RestForm String direction) implements FormInput<Boolean> {
        @Override
        public Boolean request() {
            return "up".equals(direction);
        }
    }

    /** A pasted article. */
    public record Import(
            @RestForm String title,
            @RestForm String outlet,
            @RestForm String url,
            @RestForm String author,
            @RestForm String publishedDate,
            @RestForm String language,
            @RestForm String text)
            implements FormInput<NewArticle> {
        @Override
        public NewArticle request() {
            return new NewArticle(
                    title,
                    outlet,
                    blankToNull(url),
                    author,
                    date("publishedDate", publishedDate),
                    blankToNull(language),
                    text);
        }
    }
}

package org.factdesk.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.review.Action;
import org.factdesk.review.Decision;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewState;
import org.factdesk.review.Verdict;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/**
 * A span of one article version that the team checks. Its review state moves only
 * through {@link #apply}, which returns the event to log.
 */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;
    /** The article version the offsets count in (its number within the article). */
    @Column(name = "article_version_no")
    public int articleVersion;

    @Column(name = "start_pos")
    public int start;

    @Column(name = "end_pos")
    public int end;

    public String exact;
    public String prefix;
    public String suffix;

    public String claimant;
    /** What the workspace search looks in; kept by the database (migration V6), never written here. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;
    /** The earlier claim this one repeats ("already checked?"), or null. */
    @Column(name = "repeat_of")
    public Long repeatOf;

    @Column(name = "claim_date")
    public LocalDate claimDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type")
    public ClaimType claimType;

    @Column(name = "why_selected")
    public String whySelected;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ReviewState state = ReviewState.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_verdict_id")
    public Verdict currentVerdict;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_assignee", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "username")
    public Set<String> assignees = new TreeSet<>();

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "last_published_at")
    public Instant lastPublishedAt;

    /** Optimistic concurrency: every change names the version it was based on. */
    @Version
    public long version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ReviewState state() {
        return state;
    }

    /**
     * Moves the claim as the workflow decided and returns the event to persist. The only
     * way the state changes; called by {@link ClaimChanges} alone.
     */
    ReviewEvent apply(Decision decision, String actor, String reason, String assignee) {
        if (!decision.isAllowed()) {
            throw new IllegalArgumentException("a refused move cannot be applied");
        }
        ReviewState from = state;
        Action action = decision.transition().action();
        state = decision.to();
        switch (action) {
            case ASSIGN, SELF_ASSIGN -> assignees.add(assignee);
            case UNASSIGN -> assignees.remove(assignee);
            case PUBLISH -> {
                lastPublishedAt = Instant.now();
                if (firstPublishedAt == null) {
                    firstPublishedAt = lastPublishedAt;
                }
            }
            default -> {}
        }
        touch();
        return ReviewEvent.transition(id, from, state, version, currentVerdict, actor, action, reason, assignee);
    }

    /** A new claim on a span of one article version (ClaimChanges persists it with its first event). */
    static Claim on(long articleId, int versionNo, TextAnchor.Span span, Details details, String createdBy) {
        Claim claim = new Claim();
        claim.articleId = articleId;
        claim.moveTo(versionNo, span);
        claim.replace(details);
        claim.createdBy = createdBy;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        return claim;
    }

    /** The claim's details as one value: who said it, when, its type, why it was selected, its tags. */
    public record Details(
            String claimant, LocalDate claimDate, ClaimType claimType, String whySelected, List<String> tags) {
        public Details {
            tags = List.copyOf(tags);
        }
    }

    public Details details() {
        return new Details(claimant, claimDate, claimType, whySelected, tags);
    }

    void replace(Details details) {
        claimant = details.claimant();
        claimDate = details.claimDate();
        claimType = details.claimType();
        whySelected = details.whySelected();
        tags = new ArrayList<>(details.tags());
    }

    void moveTo(int versionNo, TextAnchor.Span span) {
        articleVersion = versionNo;
        start = span.start();
        end = span.end();
        exact = span.exact();
        prefix = span.prefix();
        suffix = span.suffix();
    }

    void proposeVerdict(Verdict verdict) {
        currentVerdict = verdict;
    }

    void repeatOf(Long original) {
        repeatOf = original;
    }

    /** Marks the claim changed, so that its version moves on (also for changes in other tables). */
    void touch() {
        updatedAt = Instant.now();
    }

    /** Loads a claim locked for update: concurrent changes of one claim take turns. */
    static Optional<Claim> findForUpdate(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * For reading: verdict, rating and assignees in the same statement (one query for 5 claims
     * or 500), and read-only, so that the end of the transaction does not dirty-check them all.
     */
    public static List<Claim> listForArticle(long articleId) {
        return Claim.<Claim>find(
                        "select c from Claim c left join fetch c.currentVerdict v left join fetch v.rating"
                                + " left join fetch c.assignees where c.articleId = ?1 order by c.start, c.end, c.id",
                        articleId)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }
}

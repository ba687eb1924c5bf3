package org.factdesk.source;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimChanges;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ReviewService;
import org.factdesk.review.ReviewEvent;
import org.factdesk.security.Actor;
import org.factdesk.source.SourceViews.SourceChange;
import org.factdesk.source.SourceViews.SourceRequest;
import org.factdesk.source.SourceViews.SourceView;
import org.factdesk.web.Inputs;
import org.factdesk.web.ProblemException;

/** A claim's sources. They change only while the claim is open for research, and never vanish. */
@ApplicationScoped
public class SourceService {

    private final ClaimChanges changes;

    SourceService(ClaimChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public List<SourceView> list(long claimId) {
        ClaimService.find(claimId);
        return Source.listForClaim(claimId).stream().map(SourceView::of).toList();
    }

    /** The current sources of several claims in one query (claim id → sources). */
    @Transactional
    public Map<Long, List<SourceView>> listFor(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return Source.<Source>list("claimId in ?1 and removedAt is null order by id", claimIds).stream()
                .collect(
                        Collectors.groupingBy(s -> s.claimId, Collectors.mapping(SourceView::of, Collectors.toList())));
    }

    @Transactional
    public SourceChange add(long claimId, SourceRequest request, Long basedOn, Actor actor) {
        ClaimChanges.Locked claim = editable(claimId, basedOn, ClaimChanges.Conflict.NEW_SOURCE, null);
        Source source = new Source();
        source.claimId = claimId;
        source.addedBy = actor.username();
        source.addedAt = Instant.now();
        source.updatedAt = source.addedAt;
        fill(source, request);
        source.persist();
        return changed(claim, source, ReviewEvent.Kind.SOURCE_ADDED, actor);
    }

    @Transactional
    public SourceChange update(long claimId, long sourceId, SourceRequest request, Long basedOn, Actor actor) {
        ClaimChanges.Locked claim = editable(claimId, basedOn, ClaimChanges.Conflict.SOURCE, sourceId);
        Source source = current(claimId, sourceId);
        fill(source, request);
        return changed(claim, source, ReviewEvent.Kind.SOURCE_UPDATED, actor);
    }

    @Transactional
    public SourceChange remove(long claimId, long sourceId, Long basedOn, Actor actor) {
        ClaimChanges.Locked claim = editable(claimId, basedOn, ClaimChanges.Conflict.SOURCE, sourceId);
        Source source = current(claimId, sourceId);
        source.removedBy = actor.username();
        source.removedAt = Instant.now();
        return changed(claim, source, ReviewEvent.Kind.SOURCE_REMOVED, actor);
    }

    private ClaimChanges.Locked editable(long claimId, Long basedOn, ClaimChanges.Conflict conflict, Long sourceId) {
        ClaimChanges.Locked locked = changes.lock(claimId, basedOn, conflict, sourceId);
        ReviewService.requireEditable(locked.claim(), "claim.what.sources");
        return locked;
    }

    private static Source current(long claimId, long sourceId) {
        return Source.findCurrent(claimId, sourceId)
                .orElseThrow(() -> ProblemException.notFound(text("source.not-found", claimId, sourceId)));
    }

    private SourceChange changed(ClaimChanges.Locked claim, Source source, ReviewEvent.Kind kind, Actor actor) {
        source.updatedAt = Instant.now();
        changes.record(claim, kind, source.snapshot(), actor);
        Source.flush();
        return new SourceChange(SourceView.of(source), claim.claim().version);
    }

    private static void fill(Source source, SourceRequest request) {
        source.url = Inputs.httpUrl("url", request.url(), true);
        source.archivedUrl = Inputs.httpUrl("archivedUrl", request.archivedUrl(), false);
        source.title = request.title().strip();
        source.publisher = Inputs.text(request.publisher());
        source.accessedOn = request.accessedOn();
        source.quotedPassage = Inputs.text(request.quotedPassage());
        source.stance = Inputs.enumValue("stance", request.stance(), Source.Stance.class, null);
        source.kind = Inputs.enumValue("kind", request.kind(), Source.Kind.class, Source.Kind.SECONDARY);
    }
}

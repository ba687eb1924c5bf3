-- What the public sees: a snapshot written when a claim is published, corrected or
-- retracted, never from the live claim. A claim in correction keeps showing its last
-- published version; nothing unpublished can reach a public page because it is never here.
CREATE TABLE public_claim (
    claim_id            bigint PRIMARY KEY REFERENCES claim (id),
    slug                text   NOT NULL,
    status              text   NOT NULL CHECK (status IN ('PUBLISHED', 'RETRACTED')),
    quote               text   NOT NULL,
    context_before      text   NOT NULL,
    context_after       text   NOT NULL,
    start_pos           integer NOT NULL,
    end_pos             integer NOT NULL,
    article_version_no  integer NOT NULL,
    claimant            text,
    claim_date          date,
    claim_type          text   NOT NULL,
    article_id          bigint NOT NULL REFERENCES article (id),
    article_title       text   NOT NULL,
    article_outlet      text,
    article_url         text,
    article_published   date,
    rating_label        text   NOT NULL,
    rating_definition   text   NOT NULL,
    rating_colour       text   NOT NULL,
    rating_value        integer NOT NULL,
    best_rating         integer NOT NULL,
    worst_rating        integer NOT NULL,
    conclusion          text   NOT NULL,
    rationale           text,
    sources             jsonb  NOT NULL,
    first_published_at  timestamptz NOT NULL,
    last_published_at   timestamptz NOT NULL,
    corrected_at        timestamptz,
    retracted_at        timestamptz,
    retraction_note     text,
    search              tsvector GENERATED ALWAYS AS (
                            to_tsvector('simple', quote || ' ' || conclusion || ' ' || coalesce(rationale, ''))) STORED
);
CREATE INDEX public_claim_newest_idx ON public_claim (first_published_at DESC, claim_id DESC);
CREATE INDEX public_claim_article_idx ON public_claim (article_id);
CREATE INDEX public_claim_search_idx ON public_claim USING gin (search);

-- Publications, corrections and retractions, for notices and the feed. Append-only.
CREATE TABLE public_event (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id  bigint NOT NULL REFERENCES claim (id),
    kind      text   NOT NULL CHECK (kind IN ('PUBLISHED', 'CORRECTED', 'RETRACTED')),
    at        timestamptz NOT NULL DEFAULT now(),
    summary   text
);
CREATE INDEX public_event_claim_idx ON public_event (claim_id, id);
CREATE INDEX public_event_at_idx ON public_event (at DESC, id DESC);
CREATE TRIGGER public_event_append_only BEFORE UPDATE OR DELETE ON public_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Claims, sources, the rating scale, verdicts, comments and the review log.

-- A database-level guard reused by every append-only table.
CREATE FUNCTION refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- The organization's rating scale. Values are retired, never deleted, so old verdicts keep theirs.
CREATE TABLE rating (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label       text    NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 60),
    definition  text    NOT NULL CHECK (length(definition) <= 1000),
    value       integer NOT NULL CHECK (value BETWEEN -100 AND 100),
    colour      text    NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    position    integer NOT NULL,
    retired     boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX rating_active_label_idx ON rating (lower(label)) WHERE NOT retired;

INSERT INTO rating (label, definition, value, colour, position) VALUES
 ('True',         'The statement is accurate and nothing significant is missing.',                      5, '#1a7f37', 1),
 ('Mostly true',  'The statement is accurate but needs clarification or additional information.',     4, '#57a639', 2),
 ('Half true',    'The statement is partially accurate but leaves out important details or takes things out of context.', 3, '#d4a72c', 3),
 ('Mostly false', 'The statement contains an element of truth but ignores critical facts.',           2, '#e16f24', 4),
 ('False',        'The statement is not accurate.',                                                     1, '#cf222e', 5),
 ('Misleading',   'The statement uses accurate facts in a way that gives a wrong impression.',         2, '#8250df', 6),
 ('Unverifiable', 'There is not enough public evidence to prove or disprove the statement.',          0, '#6e7781', 7);

-- A claim is a span of one immutable article version (W3C Web Annotation selectors).
-- start/end count UTF-16 code units, as the browser's DOM does.
CREATE TABLE claim (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id          bigint  NOT NULL REFERENCES article (id),
    article_version_no  integer NOT NULL,
    start_pos           integer NOT NULL CHECK (start_pos >= 0),
    end_pos             integer NOT NULL,
    exact               text    NOT NULL CHECK (length(exact) > 0),
    prefix              text    NOT NULL,
    suffix              text    NOT NULL,
    claimant            text,
    claim_date          date,
    claim_type          text    NOT NULL CHECK (claim_type IN ('STATISTIC','QUOTE','COMPARISON','CAUSAL','PREDICTION','OTHER')),
    why_selected        text,
    tags                text[]  NOT NULL DEFAULT '{}',
    state               text    NOT NULL CHECK (state IN ('OPEN','IN_RESEARCH','AWAITING_APPROVAL','APPROVED',
                                                  'PUBLISHED','DISMISSED','IN_CORRECTION','RETRACTED')),
    current_verdict_id  bigint,
    first_published_at  timestamptz,
    last_published_at   timestamptz,
    version             bigint  NOT NULL DEFAULT 0,
    created_by          text    NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (end_pos > start_pos),
    FOREIGN KEY (article_id, article_version_no) REFERENCES article_version (article_id, version_no)
);
CREATE INDEX claim_article_idx ON claim (article_id, start_pos);
CREATE INDEX claim_state_idx ON claim (state, id DESC);

-- Who works on a claim. Who assigned whom, and when, is in review_event.
CREATE TABLE claim_assignee (
    claim_id    bigint NOT NULL REFERENCES claim (id),
    username    text   NOT NULL,
    PRIMARY KEY (claim_id, username)
);
CREATE INDEX claim_assignee_user_idx ON claim_assignee (username);

-- Sources are never deleted: removal sets removed_at, so the research trail stays complete.
CREATE TABLE source (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id        bigint NOT NULL REFERENCES claim (id),
    url             text   NOT NULL CHECK (url ~* '^https?://'),
    title           text   NOT NULL,
    publisher       text,
    accessed_on     date,
    archived_url    text   CHECK (archived_url IS NULL OR archived_url ~* '^https?://'),
    quoted_passage  text,
    stance          text   NOT NULL CHECK (stance IN ('SUPPORTS','REFUTES','CONTEXT')),
    kind            text   NOT NULL CHECK (kind IN ('PRIMARY','SECONDARY')),
    added_by        text   NOT NULL,
    added_at        timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    removed_by      text,
    removed_at      timestamptz
);
CREATE INDEX source_claim_idx ON source (claim_id) WHERE removed_at IS NULL;

-- Every verdict a claim ever had; a new proposal adds a row.
CREATE TABLE verdict (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    bigint NOT NULL REFERENCES claim (id),
    rating_id   bigint NOT NULL REFERENCES rating (id),
    conclusion  text   NOT NULL CHECK (length(btrim(conclusion)) BETWEEN 1 AND 280),
    rationale   text,
    author      text   NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verdict_claim_idx ON verdict (claim_id, id);
CREATE TRIGGER verdict_append_only BEFORE UPDATE OR DELETE ON verdict
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

ALTER TABLE claim ADD CONSTRAINT claim_current_verdict_fk FOREIGN KEY (current_verdict_id) REFERENCES verdict (id);

CREATE TABLE comment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id     bigint NOT NULL REFERENCES claim (id),
    parent_id    bigint REFERENCES comment (id),
    author       text   NOT NULL,
    body         text   NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_by  text,
    resolved_at  timestamptz
);
CREATE INDEX comment_claim_idx ON comment (claim_id, id);

CREATE TABLE comment_mention (
    comment_id  bigint NOT NULL REFERENCES comment (id),
    username    text   NOT NULL,
    PRIMARY KEY (comment_id, username)
);
CREATE INDEX comment_mention_user_idx ON comment_mention (username);

-- Everything that happened to a claim. Append-only, enforced here: not even a
-- buggy code path can rewrite history. For a workflow transition, action is the
-- table's action name and from/to the states; other kinds (created, source_added,
-- verdict_proposed, ...) keep from = to.
CREATE TABLE review_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id      bigint NOT NULL REFERENCES claim (id),
    actor         text   NOT NULL,
    at            timestamptz NOT NULL DEFAULT now(),
    action        text   NOT NULL,
    from_state    text   NOT NULL,
    to_state      text   NOT NULL,
    reason        text,
    assignee      text,
    verdict_id    bigint REFERENCES verdict (id),
    snapshot      jsonb,
    -- the claim version the change was based on
    based_on_version bigint NOT NULL
);
CREATE INDEX review_event_claim_idx ON review_event (claim_id, id);
CREATE TRIGGER review_event_append_only BEFORE UPDATE OR DELETE ON review_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- TRUNCATE skips row triggers; refuse it too.
CREATE TRIGGER review_event_no_truncate BEFORE TRUNCATE ON review_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

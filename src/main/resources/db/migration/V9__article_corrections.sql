-- Article corrections (issue 8, part 3). A corrected text is a new article_version; every
-- claim is carried over to it by correction/Reanchor. Claims that could not be moved by
-- themselves stay on their version, with the proposal (FUZZY) or nothing (ORPHANED) here,
-- until a person confirms or selects again. Published claims move by themselves only when
-- their quote was found exactly.
ALTER TABLE article_version ADD COLUMN note text CHECK (note IS NULL OR length(note) <= 2000);

CREATE TABLE claim_reanchor (
    claim_id            bigint      PRIMARY KEY REFERENCES claim (id),
    article_version_no  integer     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('FUZZY', 'ORPHANED')),
    score               double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    start_pos           integer,
    end_pos             integer,
    exact               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'ORPHANED') = (start_pos IS NULL)),
    CHECK (start_pos IS NULL OR (end_pos > start_pos AND exact IS NOT NULL))
);

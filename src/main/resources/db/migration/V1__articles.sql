-- Articles and their immutable text versions.
-- Claims (a later migration) point at one article_version: its text never changes,
-- so character offsets into it stay exact forever.

CREATE TABLE article (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title          text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    outlet         text,
    url            text,
    author         text,
    published_date date,
    language       text,
    -- The seed file an article was imported from (null for articles added by people);
    -- makes the start-up import idempotent, also when several instances start at once.
    seed_key       text UNIQUE,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_version (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint      NOT NULL REFERENCES article (id),
    version_no  integer     NOT NULL CHECK (version_no >= 1),
    body        text        NOT NULL CHECK (length(body) > 0),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, version_no)
);

CREATE INDEX article_published_idx ON article (published_date DESC NULLS LAST, id DESC);

-- A version is a snapshot: the database itself refuses to change or delete one.
CREATE FUNCTION refuse_article_version_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'article_version rows are immutable (% refused)', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER article_version_immutable
    BEFORE UPDATE OR DELETE ON article_version
    FOR EACH ROW EXECUTE FUNCTION refuse_article_version_change();

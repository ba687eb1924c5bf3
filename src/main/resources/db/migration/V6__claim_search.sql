-- The workspace's claim search ("q": a piece of the quote, the claimant or the conclusion)
-- scanned every claim joined to its verdict. At 100,000 claims that was a quarter of a second
-- per search (docs/BENCHMARKS.md). Now each claim keeps the lower-cased text it is searched
-- by, kept by the database itself, under a trigram index that answers LIKE '%…%' — together
-- with the state, so that "in research and mentions X" is one index lookup even when each
-- half alone matches thousands. pg_trgm and btree_gin are trusted extensions: the database
-- owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE claim ADD COLUMN search_text text;

-- The three fields, one per line (a search cannot span two: it never holds a line break).
CREATE FUNCTION claim_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := lower(NEW.exact || E'\n' || coalesce(NEW.claimant, '') || E'\n'
        || coalesce((SELECT conclusion FROM verdict WHERE id = NEW.current_verdict_id), ''));
    RETURN NEW;
END;
$$;

CREATE TRIGGER claim_search_text BEFORE INSERT OR UPDATE OF exact, claimant, current_verdict_id ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_search_text();

UPDATE claim SET current_verdict_id = current_verdict_id;
ALTER TABLE claim ALTER COLUMN search_text SET NOT NULL;
CREATE INDEX claim_search_idx ON claim USING gin (state, search_text gin_trgm_ops);

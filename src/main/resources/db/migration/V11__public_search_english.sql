-- The public search forgives (issue 17): words are stemmed ("deaths" finds "death"), accents
-- do not matter ("Sao Paulo" finds "São Paulo"), and the claimant, the article and its outlet
-- are searched too. unaccent is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary); naming the dictionary makes the result
-- depend on the text alone, so a generated column and an index may use it.
CREATE FUNCTION public_search_text(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

DROP INDEX public_claim_search_idx;
ALTER TABLE public_claim DROP COLUMN search;
ALTER TABLE public_claim ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', public_search_text(
        quote || ' ' || conclusion || ' ' || coalesce(rationale, '') || ' ' || coalesce(claimant, '')
        || ' ' || article_title || ' ' || coalesce(article_outlet, '')))) STORED;
CREATE INDEX public_claim_search_idx ON public_claim USING gin (search);

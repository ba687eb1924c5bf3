-- "Already checked?": claims that say the same thing as an earlier claim, across articles.
--
-- match_text is the claim's quote as the matcher compares it: lower case, accents removed
-- (unaccent), thousands separators dropped ("1,000" and "40 000" → "1000", "40000"),
-- "%", "per cent" and "percent" as " percent", "50-minute" as "50 minute", "4.5bn" as
-- "4.5 bn", punctuation as spaces. A trigram index on it finds the candidates; the final
-- score is computed by repeat/ClaimMatcher (docs/ALREADY-CHECKED.md).
-- unaccent is a trusted extension (the database owner may create it), like pg_trgm.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Immutable so that it can define a stored column: the dictionary is named explicitly.
CREATE FUNCTION claim_match_text(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, t)),
    '(\d)[, ](\d{3})\M', '\1\2', 'g'),
    '\s*(%|\mper cent\M|\mpercent\M)', ' percent', 'g'),
    '(\d)-', '\1 ', 'g'),
    '\.(?!\d)|(?<!\d)\.', ' ', 'g'),
    '[^[:alnum:][:space:].]+', ' ', 'g'),
    '(\d)(bn|m|k)\M', '\1 \2', 'g'),
    '\s+', ' ', 'g'))
$$;

-- The stemmed words of a text in their order (English full-text search), space-separated.
CREATE FUNCTION claim_match_words(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(lexeme, ' ' ORDER BY pos), '')
  FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(to_tsvector('english', t))) words
$$;

ALTER TABLE claim ADD COLUMN match_text text GENERATED ALWAYS AS (claim_match_text(exact)) STORED;
CREATE INDEX claim_match_idx ON claim USING gin (match_text gin_trgm_ops);

-- A reviewer's link: this claim repeats an earlier one (the original). Links always point at
-- an original, never at another repeat, so "repeated N times" is one count.
ALTER TABLE claim ADD COLUMN repeat_of bigint REFERENCES claim (id);
ALTER TABLE claim ADD CONSTRAINT claim_repeat_not_self CHECK (repeat_of <> id);
CREATE INDEX claim_repeat_of_idx ON claim (repeat_of) WHERE repeat_of IS NOT NULL;

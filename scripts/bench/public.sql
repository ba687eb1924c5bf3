-- 10,000 published claims over 500 articles, straight into the tables (the public pages
-- read public_claim; claims and verdicts exist for the foreign keys and realism).
BEGIN;
INSERT INTO article (title, outlet, url, published_date, language, created_by)
SELECT 'Bench article ' || a, 'Outlet ' || (a % 20), 'https://example.org/news/' || a,
       date '2024-01-01' + (a % 365), 'en', 'bench'
FROM generate_series(1, 500) a;

INSERT INTO article_version (article_id, version_no, body, sha256, created_by)
SELECT id, 1, string_agg('Sentence ' || s || ' of article ' || id || ' says that figure ' || s || ' rose by ' || (s % 50)
                         || ' percent last year, according to officials.', E'\n\n' ORDER BY s),
       repeat('0', 64), 'bench'
FROM article, generate_series(1, 20) s
WHERE created_by = 'bench'
GROUP BY id;

INSERT INTO claim (article_id, article_version_no, start_pos, end_pos, exact, prefix, suffix, claimant, claim_date,
                   claim_type, state, version, created_by, first_published_at, last_published_at)
SELECT v.article_id, 1, strpos(v.body, 'figure ' || s || ' rose') - 1,
       strpos(v.body, 'figure ' || s || ' rose') - 1 + length('figure ' || s || ' rose by ' || (s % 50) || ' percent'),
       'figure ' || s || ' rose by ' || (s % 50) || ' percent', '', '', 'Official ' || (s % 7), date '2024-01-01',
       'STATISTIC', 'PUBLISHED', 1, 'bench', now() - (v.article_id * 20 + s) * interval '1 minute',
       now() - (v.article_id * 20 + s) * interval '1 minute'
FROM article_version v, generate_series(1, 20) s
WHERE v.created_by = 'bench';

INSERT INTO verdict (claim_id, rating_id, conclusion, rationale, author)
SELECT c.id, (SELECT id FROM rating WHERE label = 'Mostly true'), 'The official figures show a rise close to the one claimed.',
       'We compared the statement with the statistics office release.', 'bench'
FROM claim c WHERE c.created_by = 'bench';

UPDATE claim c SET current_verdict_id = v.id FROM verdict v WHERE v.claim_id = c.id AND c.created_by = 'bench';

INSERT INTO public_claim (claim_id, slug, status, quote, context_before, context_after, start_pos, end_pos,
    article_version_no, claimant, claim_date, claim_type, article_id, article_title, article_outlet, article_url,
    article_published, rating_label, rating_definition, rating_colour, rating_value, best_rating, worst_rating,
    conclusion, rationale, sources, first_published_at, last_published_at)
SELECT c.id, regexp_replace(lower(c.exact), '[^a-z0-9]+', '-', 'g'), 'PUBLISHED', c.exact, 'Officials said that ', ' last year.',
       c.start_pos, c.end_pos, 1, c.claimant, c.claim_date, 'statistic', a.id, a.title, a.outlet, a.url, a.published_date,
       'Mostly true', 'The statement is accurate but needs clarification or additional information.', '#57a639', 4, 5, 0,
       'The official figures show a rise close to the one claimed.', 'We compared the statement with the statistics office release.',
       '[{"title": "Statistics release", "publisher": "Statistics office", "url": "https://example.org/stats", "stance": "supports"}]'::jsonb,
       c.first_published_at, c.last_published_at
FROM claim c JOIN article a ON a.id = c.article_id WHERE c.created_by = 'bench';
COMMIT;
ANALYZE public_claim, public_event, claim, article, article_version;

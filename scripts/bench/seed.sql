-- Synthetic newsroom data for ./factdesk bench, straight into the tables with set-based
-- INSERT … SELECT (as fast as COPY, and no file to ship): :claims claims in every review
-- state, 20 per article, each anchored on one sentence of its article's text, with verdicts,
-- sources, comments, the review events that led to its state, and the public snapshot of
-- every published, corrected or retracted claim. Also one article with 5 claims and one with
-- 500 (the article-view measurement). Run on a freshly migrated database:
--   psql -v claims=10000 -f scripts/bench/seed.sql
\set ON_ERROR_STOP on
\set articles (:claims / 20)
BEGIN;

-- The sentences articles are made of: numbers, durations, comparisons, attributions.
CREATE TEMP TABLE template (n int PRIMARY KEY, text text) ON COMMIT DROP;
INSERT INTO template VALUES
 (0, 'The minister said unemployment fell to %s percent last quarter, the lowest since the end of the Cold War.'),
 (1, 'According to the statistics office, %s thousand households were affected by the floods.'),
 (2, 'The president held a %s-minute phone call with his counterpart on Tuesday.'),
 (3, 'Officials predicted that food prices would rise by %s percent next year.'),
 (4, 'The opposition leader claimed the new law caused a %s percent drop in investment.'),
 (5, 'Exports doubled compared with %s, the trade ministry said in a statement.'),
 (6, 'Critics noted that the school budget was cut for the %s time in a decade.'),
 (7, 'The mayor said crime in the city was at its lowest level in %s years.'),
 (8, 'Hospital waiting lists grew by %s percent after the reform, the union said.'),
 (9, 'The central bank raised interest rates for the %s time in a row.'),
 (10, 'More than %s people attended the rally, organisers said, far more than the police estimate.'),
 (11, 'The company said it would create %s jobs in the region by 2030.'),
 (12, 'Renewables supplied %s percent of the country''s electricity last year, a record.'),
 (13, 'The defence budget is now %s times larger than it was in 2010.'),
 (14, 'Since the tax cut, revenue has fallen by %s billion, the audit office reported.'),
 (15, 'Average rents rose %s percent in a year, faster than wages.'),
 (16, 'The senator said the bill had been debated for %s hours, the longest debate this session.'),
 (17, 'Crossings at the border dropped by %s percent after the new agreement, the government said.'),
 (18, 'The study found that %s percent of teenagers use social media for more than three hours a day.'),
 (19, 'The talks lasted %s days and ended without a joint statement.');

-- Articles: the bulk ones (20 sentences each) and the two for the article view.
\echo seeding articles for :claims claims
INSERT INTO article (title, outlet, url, author, published_date, language, created_by)
SELECT 'Bench article ' || a || ': ' || (ARRAY['economy', 'health', 'energy', 'politics', 'security'])[1 + a % 5]
       || ' figures under scrutiny',
       'Outlet ' || (a % 20), 'https://example.org/news/' || a, 'Reporter ' || (a % 37),
       date '2024-01-01' + (a % 365), 'en', 'bench'
FROM generate_series(1, :articles) a;
INSERT INTO article (title, outlet, url, published_date, language, created_by) VALUES
 ('Bench: an article with 5 claims', 'Outlet 0', 'https://example.org/news/five', date '2024-06-01', 'en', 'bench-5'),
 ('Bench: an article with 500 claims', 'Outlet 0', 'https://example.org/news/five-hundred', date '2024-06-01', 'en', 'bench-500');

CREATE TEMP TABLE sentence ON COMMIT DROP AS
SELECT a.id AS article_id, s,
       format(t.text, ((a.id * 7 + s * 13) % 90 + 2)::text) || ' ' AS text
FROM article a
CROSS JOIN LATERAL generate_series(1, CASE a.created_by WHEN 'bench-5' THEN 5 WHEN 'bench-500' THEN 500 ELSE 20 END) s
JOIN template t ON t.n = (a.id + s) % 20
WHERE a.created_by LIKE 'bench%';
ALTER TABLE sentence ADD COLUMN start_pos int, ADD PRIMARY KEY (article_id, s);
ANALYZE sentence;
UPDATE sentence x SET start_pos = y.start_pos
FROM (SELECT article_id, s, coalesce(sum(length(text)) OVER (PARTITION BY article_id ORDER BY s
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start_pos FROM sentence) y
WHERE x.article_id = y.article_id AND x.s = y.s;

INSERT INTO article_version (article_id, version_no, body, sha256, created_by)
SELECT article_id, 1, string_agg(text, '' ORDER BY s), repeat('0', 64), 'bench'
FROM sentence GROUP BY article_id;

-- Claims: one per sentence (its sentence without the final full stop and space), the state
-- cycling through all eight so every state has many claims.
\echo seeding claims
CREATE TEMP TABLE path (state text, step int, action text, from_state text, to_state text) ON COMMIT DROP;
INSERT INTO path VALUES
 ('IN_RESEARCH', 1, 'start', 'OPEN', 'IN_RESEARCH'),
 ('AWAITING_APPROVAL', 1, 'start', 'OPEN', 'IN_RESEARCH'), ('AWAITING_APPROVAL', 2, 'submit', 'IN_RESEARCH', 'AWAITING_APPROVAL'),
 ('APPROVED', 1, 'start', 'OPEN', 'IN_RESEARCH'), ('APPROVED', 2, 'submit', 'IN_RESEARCH', 'AWAITING_APPROVAL'),
 ('APPROVED', 3, 'approve', 'AWAITING_APPROVAL', 'APPROVED'),
 ('DISMISSED', 1, 'dismiss', 'OPEN', 'DISMISSED');
INSERT INTO path SELECT s, step, action, from_state, to_state FROM path, (VALUES ('PUBLISHED'), ('IN_CORRECTION'), ('RETRACTED')) v(s)
 WHERE state = 'APPROVED';
INSERT INTO path VALUES
 ('PUBLISHED', 4, 'publish', 'APPROVED', 'PUBLISHED'),
 ('IN_CORRECTION', 4, 'publish', 'APPROVED', 'PUBLISHED'), ('IN_CORRECTION', 5, 'open_correction', 'PUBLISHED', 'IN_CORRECTION'),
 ('RETRACTED', 4, 'publish', 'APPROVED', 'PUBLISHED'), ('RETRACTED', 5, 'retract', 'PUBLISHED', 'RETRACTED');

INSERT INTO claim (article_id, article_version_no, start_pos, end_pos, exact, prefix, suffix, claimant, claim_date,
                   claim_type, tags, state, version, created_by, created_at, updated_at, first_published_at, last_published_at)
SELECT x.article_id, 1, x.start_pos, x.start_pos + length(x.text) - 2, left(x.text, length(x.text) - 2),
       right(coalesce(p.text, ''), 32), left(coalesce(n.text, ''), 32),
       (ARRAY['The minister', 'The president', 'The opposition leader', 'The mayor', 'A senator'])[1 + x.s % 5],
       date '2024-01-01' + (x.article_id % 365)::int,
       (ARRAY['STATISTIC', 'QUOTE', 'COMPARISON', 'CAUSAL', 'PREDICTION', 'OTHER'])[1 + x.s % 6],
       CASE WHEN x.s % 4 = 0 THEN ARRAY['economy'] ELSE '{}' END,
       st.state, (SELECT count(*) FROM path WHERE path.state = st.state),
       (ARRAY['alice', 'bob'])[1 + x.s % 2],
       now() - (x.article_id * 20 + x.s) * interval '1 minute', now() - (x.article_id * 20 + x.s) * interval '30 second',
       CASE WHEN st.state IN ('PUBLISHED', 'IN_CORRECTION', 'RETRACTED') THEN now() - (x.article_id * 20 + x.s) * interval '20 second' END,
       CASE WHEN st.state IN ('PUBLISHED', 'IN_CORRECTION', 'RETRACTED') THEN now() - (x.article_id * 20 + x.s) * interval '20 second' END
FROM sentence x
LEFT JOIN sentence p ON p.article_id = x.article_id AND p.s = x.s - 1
LEFT JOIN sentence n ON n.article_id = x.article_id AND n.s = x.s + 1
CROSS JOIN LATERAL (SELECT (ARRAY['OPEN', 'IN_RESEARCH', 'AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED', 'DISMISSED',
                                  'IN_CORRECTION', 'RETRACTED', 'PUBLISHED', 'PUBLISHED'])[1 + (x.article_id * 3 + x.s * 7) % 10] AS state) st
ORDER BY x.article_id, x.s;

\echo seeding verdicts, sources, comments and events
INSERT INTO verdict (claim_id, rating_id, conclusion, rationale, author, created_at)
SELECT c.id, r.id,
       'The figure is ' || lower(r.label) || ': the official release for ' || c.claim_date || ' gives a different number.',
       'We compared the statement with the official statistics and asked the ' || lower(c.claimant) || '''s office for its source.',
       c.created_by, c.created_at + interval '1 hour'
FROM claim c JOIN rating r ON r.position = 1 + c.id % 7
WHERE c.created_by IN ('alice', 'bob') AND (c.state NOT IN ('OPEN', 'DISMISSED', 'IN_RESEARCH') OR c.id % 2 = 0);
UPDATE claim c SET current_verdict_id = v.id FROM verdict v WHERE v.claim_id = c.id;
ANALYZE claim, verdict;

INSERT INTO source (claim_id, url, title, publisher, accessed_on, quoted_passage, stance, kind, added_by)
SELECT c.id, 'https://stats.example.org/release/' || c.id || '/' || k, 'Official release ' || c.id || '-' || k,
       (ARRAY['Statistics office', 'Central bank', 'Ministry of finance'])[1 + (c.id + k) % 3], c.claim_date,
       'The table on page ' || k || ' gives the figure for the period.',
       (ARRAY['SUPPORTS', 'REFUTES', 'CONTEXT'])[1 + (c.id + k) % 3], (ARRAY['PRIMARY', 'SECONDARY'])[1 + k % 2], c.created_by
FROM claim c, generate_series(1, 2) k
WHERE c.current_verdict_id IS NOT NULL;

INSERT INTO comment (claim_id, author, body, created_at)
SELECT c.id, (ARRAY['bob', 'alice', 'erin'])[1 + c.id % 3],
       'Checked the release; the number in the article does not match table ' || (c.id % 9 + 1) || '.', c.created_at + interval '2 hour'
FROM claim c WHERE c.created_by IN ('alice', 'bob') AND c.id % 2 = 1;
ANALYZE source;

INSERT INTO review_event (claim_id, actor, at, action, from_state, to_state, reason, verdict_id, based_on_version)
SELECT c.id, CASE WHEN p.action IN ('approve', 'publish', 'open_correction', 'retract') THEN 'erin' ELSE c.created_by END,
       c.created_at + p.step * interval '3 hour', p.action, p.from_state, p.to_state,
       CASE WHEN p.action IN ('dismiss', 'open_correction', 'retract') THEN 'Synthetic reason for ' || p.action END,
       CASE WHEN p.action = 'submit' THEN c.current_verdict_id END, p.step - 1
FROM claim c JOIN path p ON p.state = c.state
WHERE c.created_by IN ('alice', 'bob')
ORDER BY c.id, p.step;

\echo seeding the public snapshots
INSERT INTO public_claim (claim_id, slug, status, quote, context_before, context_after, start_pos, end_pos,
    article_version_no, claimant, claim_date, claim_type, article_id, article_title, article_outlet, article_url,
    article_published, rating_label, rating_definition, rating_colour, rating_value, best_rating, worst_rating,
    conclusion, rationale, sources, first_published_at, last_published_at, retracted_at, retraction_note,
    checked_by, published_by)
SELECT c.id, trim(BOTH '-' FROM left(regexp_replace(lower(c.exact), '[^a-z0-9]+', '-', 'g'), 60)),
       CASE c.state WHEN 'RETRACTED' THEN 'RETRACTED' ELSE 'PUBLISHED' END, c.exact, c.prefix, c.suffix,
       c.start_pos, c.end_pos, 1, c.claimant, c.claim_date, lower(c.claim_type), a.id, a.title, a.outlet, a.url,
       a.published_date, r.label, r.definition, r.colour, r.value,
       (SELECT max(value) FROM rating), (SELECT min(value) FROM rating), v.conclusion, v.rationale,
       (SELECT jsonb_agg(jsonb_build_object('title', s.title, 'publisher', s.publisher, 'url', s.url,
                                            'quotedPassage', s.quoted_passage, 'stance', lower(s.stance)) ORDER BY s.id)
        FROM source s WHERE s.claim_id = c.id AND s.removed_at IS NULL),
       c.first_published_at, c.last_published_at,
       CASE c.state WHEN 'RETRACTED' THEN c.last_published_at + interval '1 day' END,
       CASE c.state WHEN 'RETRACTED' THEN 'The source document was withdrawn by its publisher.' END,
       c.created_by, 'erin'
FROM claim c JOIN article a ON a.id = c.article_id JOIN verdict v ON v.id = c.current_verdict_id JOIN rating r ON r.id = v.rating_id
WHERE c.state IN ('PUBLISHED', 'IN_CORRECTION', 'RETRACTED');

INSERT INTO public_event (claim_id, kind, at, summary)
SELECT claim_id, 'PUBLISHED', first_published_at, rating_label FROM public_claim;
INSERT INTO public_event (claim_id, kind, at, summary)
SELECT claim_id, 'RETRACTED', retracted_at, retraction_note FROM public_claim WHERE status = 'RETRACTED';
COMMIT;

VACUUM ANALYZE article, article_version, claim, verdict, source, comment, review_event, public_claim, public_event;
SELECT state, count(*) FROM claim GROUP BY state ORDER BY state;

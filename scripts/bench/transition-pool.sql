-- Claims ready for the transitions measurement of ./factdesk bench: :pool claims IN_RESEARCH,
-- each with a verdict by alice and two sources, so that alice may submit and erin (four eyes)
-- approve and publish. They sit on the bulk articles (not the two of the article-view
-- measurement), reusing their claims' anchors.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO claim (article_id, article_version_no, start_pos, end_pos, exact, prefix, suffix, claimant, claim_date,
                   claim_type, state, version, created_by)
SELECT c.article_id, 1, c.start_pos, c.end_pos, c.exact, c.prefix, c.suffix, c.claimant, c.claim_date, c.claim_type,
       'IN_RESEARCH', 1, 'bench-pool'
FROM (SELECT c.*, row_number() OVER (ORDER BY c.id) - 1 AS k FROM claim c JOIN article a ON a.id = c.article_id
      WHERE a.created_by = 'bench') c
JOIN generate_series(1, :pool) n ON c.k = n % (SELECT count(*) FROM claim c JOIN article a ON a.id = c.article_id
                                                 WHERE a.created_by = 'bench');
INSERT INTO review_event (claim_id, actor, action, from_state, to_state, based_on_version)
SELECT id, 'alice', 'start', 'OPEN', 'IN_RESEARCH', 0 FROM claim WHERE created_by = 'bench-pool';
INSERT INTO verdict (claim_id, rating_id, conclusion, rationale, author)
SELECT c.id, (SELECT id FROM rating WHERE label = 'Mostly true'), 'The official figures show a rise close to the one claimed.',
       'We compared the statement with the statistics office release.', 'alice'
FROM claim c WHERE c.created_by = 'bench-pool';
UPDATE claim c SET current_verdict_id = v.id FROM verdict v WHERE v.claim_id = c.id AND c.created_by = 'bench-pool';
INSERT INTO source (claim_id, url, title, publisher, stance, kind, added_by)
SELECT c.id, 'https://stats.example.org/pool/' || c.id || '/' || k, 'Statistics release ' || k, 'Statistics office',
       'SUPPORTS', 'PRIMARY', 'alice'
FROM claim c, generate_series(1, 2) k WHERE c.created_by = 'bench-pool';
COMMIT;
VACUUM ANALYZE claim, verdict, source, review_event;

-- Who has an article open right now, one row per live browser connection. Unlogged: it is
-- volatile by nature and not worth the write-ahead log. Rows not refreshed within
-- few seconds (a crashed instance) are ignored and later swept.
CREATE UNLOGGED TABLE presence (
    connection_id uuid PRIMARY KEY,
    article_id    bigint NOT NULL,
    username      text   NOT NULL,
    display_name  text   NOT NULL,
    seen_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX presence_article_idx ON presence (article_id, seen_at);

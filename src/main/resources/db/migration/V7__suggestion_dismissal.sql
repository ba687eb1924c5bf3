-- A reviewer's "not worth checking" on a suggested phrase. Remembered per article and phrase,
-- not per offset, so that it still holds when the article gets a corrected version.
CREATE TABLE suggestion_dismissal (
    article_id    bigint      NOT NULL REFERENCES article (id),
    exact         text        NOT NULL CHECK (length(exact) BETWEEN 1 AND 2000),
    dismissed_by  text        NOT NULL,
    dismissed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, exact)
);

-- case: a year later, indexes for the joins the views use, on tables in production since the first migration:
-- case: each build holds a ShareLock (writes wait) inside Diesel's transaction, all until commit.
-- expect: require-concurrent-index@6, require-lock-timeout@6, require-concurrent-index@8, require-concurrent-index@10
-- tool: diesel

CREATE INDEX idx_topics_author ON topics (author_id);

CREATE INDEX idx_replies_topic ON replies (topic_id);

CREATE INDEX idx_replies_author ON replies (author_id);

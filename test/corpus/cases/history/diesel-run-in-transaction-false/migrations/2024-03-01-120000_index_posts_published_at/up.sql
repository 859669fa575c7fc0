-- case: Diesel: metadata.toml run_in_transaction = false beside up.sql
-- expect: clean
-- tool: diesel

CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_published_at_idx ON posts (published_at);

-- case: Diesel runs up.sql in a transaction unless metadata.toml says otherwise
-- expect: concurrently-in-transaction@5
-- tool: diesel

CREATE INDEX CONCURRENTLY posts_published_at_idx ON posts (published_at);

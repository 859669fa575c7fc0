-- no-transaction
-- case: sqlx's "-- no-transaction" as the file's very first bytes: the single concurrent build runs on its own.
-- expect: clean
-- tool: sqlx

CREATE INDEX CONCURRENTLY IF NOT EXISTS visits_visited_at_idx ON visits (visited_at);

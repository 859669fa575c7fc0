-- case: sqlx wraps in a transaction
-- tool: sqlx
-- expect: concurrently-in-transaction@4
CREATE INDEX CONCURRENTLY sessions_user_id_idx ON sessions (user_id);

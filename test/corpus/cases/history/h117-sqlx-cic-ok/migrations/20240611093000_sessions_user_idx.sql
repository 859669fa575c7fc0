-- no-transaction
-- case: sqlx no-transaction
-- tool: sqlx
-- expect: clean
CREATE INDEX CONCURRENTLY sessions_user_id_idx ON sessions (user_id);

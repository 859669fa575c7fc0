-- case: dbmate wraps each migration in a transaction unless transaction:false
-- expect: concurrently-in-transaction@6, require-concurrent-drop-index@9, require-lock-timeout@9
-- tool: dbmate

-- migrate:up
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);

-- migrate:down
DROP INDEX IF EXISTS users_email_key;

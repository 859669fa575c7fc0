-- case: dbmate wraps migrations in a transaction unless transaction:false
-- expect: concurrently-in-transaction@6, require-concurrent-drop-index@9, require-lock-timeout@9
-- tool: dbmate

-- migrate:up
CREATE UNIQUE INDEX CONCURRENTLY accounts_slug_key ON accounts (slug);

-- migrate:down
DROP INDEX accounts_slug_key;

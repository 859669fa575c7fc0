-- case: PG 10: a constant default still rewrites the table; REINDEX CONCURRENTLY does not exist yet, DETACH CONCURRENTLY neither
-- expect: add-column-rewrite@7
-- tool: plain
-- pg-version: 10

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
REINDEX INDEX users_pkey;

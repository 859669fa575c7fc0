-- case: sessions is the re-created one (token TEXT): TEXT -> VARCHAR(128) rewrites; the plain index build is on a pre-existing table
-- expect: column-type-rewrite@6, require-concurrent-index@7, lock-held-during-slow-operation@7
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE sessions ALTER COLUMN token TYPE VARCHAR(128);
CREATE UNIQUE INDEX sessions_token_key ON sessions (token);

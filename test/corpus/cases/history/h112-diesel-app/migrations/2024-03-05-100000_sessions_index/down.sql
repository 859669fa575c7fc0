-- case: undo
-- expect: require-concurrent-drop-index@6
-- tool: diesel

SET LOCAL lock_timeout = '2s';
DROP INDEX sessions_token_key;
ALTER TABLE sessions ALTER COLUMN token TYPE TEXT;

-- case: sqlx down drops its own column and the attempts column too
-- expect: drop-column@7
-- tool: sqlx

SET lock_timeout = '2s';
ALTER TABLE jobs DROP COLUMN run_at;
ALTER TABLE jobs DROP COLUMN attempts;

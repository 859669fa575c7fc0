-- case: sqlx reversible folder: this .up.sql has no .down.sql
-- expect: missing-rollback@*
-- tool: sqlx

SET lock_timeout = '2s';
ALTER TABLE jobs ADD COLUMN priority SMALLINT NOT NULL DEFAULT 0;

-- case: the contract step: color was added by 9 (replayed before 11): dropping it is a real drop; no down file
-- expect: drop-column@6, missing-rollback@*
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tags DROP COLUMN color;

-- case: the archiving idiom: a DELETE of every row inside a WITH query
-- expect: unbatched-backfill@6
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE IF NOT EXISTS audit_log_archive (LIKE audit_log);
WITH moved AS (DELETE FROM audit_log RETURNING *)
INSERT INTO audit_log_archive SELECT * FROM moved;

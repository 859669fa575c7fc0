-- case: backfill rows into a pre-existing audit table with INSERT ... SELECT
-- expect: clean

INSERT INTO audit_log (user_id, action)
SELECT id, 'migrated'
FROM users
WHERE status = 'active';

-- case: TRUNCATE pre-existing table then update another in the same transaction
-- expect: truncate@6, lock-held-during-slow-operation@7

BEGIN;
SET LOCAL lock_timeout = '2s';
TRUNCATE sessions;
DELETE FROM audit_log WHERE at < now() - interval '1 year';
COMMIT;

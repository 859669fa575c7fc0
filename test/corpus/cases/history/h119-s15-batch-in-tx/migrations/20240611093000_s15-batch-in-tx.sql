-- case: one bounded batch inside an explicit transaction, no DDL
-- expect: clean

BEGIN;
UPDATE orders SET state = 'archived' WHERE created_at < '2020-01-01' AND id < 100000;
DELETE FROM sessions WHERE expires_at < now() - interval '90 days';
COMMIT;

-- case: AccessExclusiveLock on a pre-existing table, then only a new table is updated
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN plan_id smallint;
CREATE TABLE plans (id smallint PRIMARY KEY, name text);
INSERT INTO plans VALUES (1, 'free');
UPDATE plans SET name = upper(name);
COMMIT;

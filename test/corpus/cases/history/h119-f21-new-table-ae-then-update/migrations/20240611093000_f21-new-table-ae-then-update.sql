-- case: AccessExclusiveLock only on a table created here; update of a pre-existing one after
-- expect: clean

BEGIN;
CREATE TABLE user_flags (user_id bigint PRIMARY KEY, flag text NOT NULL);
ALTER TABLE user_flags ADD COLUMN set_at timestamptz;
UPDATE users SET locale = 'en' WHERE id BETWEEN 1 AND 1000;
COMMIT;

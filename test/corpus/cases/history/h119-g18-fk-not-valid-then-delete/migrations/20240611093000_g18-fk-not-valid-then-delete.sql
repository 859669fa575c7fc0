-- case: add FK NOT VALID, then delete orphans in the same transaction
-- expect: foreign-key-without-index@6, unbatched-backfill@8

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE sessions ADD CONSTRAINT sessions_user_id_fkey
  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
DELETE FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id);
COMMIT;

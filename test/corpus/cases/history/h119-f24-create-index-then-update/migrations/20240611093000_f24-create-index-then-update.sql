-- case: non-concurrent index then keyed update in one transaction
-- expect: require-concurrent-index@6, unbatched-backfill@7

BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE INDEX users_locale_idx ON users (locale);
UPDATE users SET locale = 'en' WHERE id BETWEEN 1 AND 1000;
COMMIT;

-- case: add column then backfill every row in the same transaction (row locks + AccessExclusiveLock held for the whole UPDATE)
-- expect: require-lock-timeout@6, unbatched-backfill@7, lock-held-during-slow-operation@7
-- tool: goose

-- +goose Up
ALTER TABLE users ADD COLUMN locale text;
UPDATE users SET locale = 'en';

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE users DROP COLUMN locale;

-- case: NOT NULL added directly on a big table (full scan under AccessExclusiveLock)
-- expect: set-not-null@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE users ALTER COLUMN status SET NOT NULL;

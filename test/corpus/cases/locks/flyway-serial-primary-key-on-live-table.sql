-- case: a live table's natural primary key is dropped and a serial one added: the serial column rewrites the table
-- case: and its primary key index is built under AccessExclusiveLock; the unique index after it is built while
-- case: that lock is still held, in the same Flyway transaction.
-- tool: flyway
-- expect: require-lock-timeout@7, add-column-rewrite@9, unique-without-index@9
-- expect: lock-held-during-slow-operation@13, require-concurrent-index@13
ALTER TABLE ONLY store_preferences DROP CONSTRAINT store_preferences_pkey;

ALTER TABLE store_preferences ADD COLUMN IF NOT EXISTS id SERIAL PRIMARY KEY;

ALTER TABLE store_preferences ADD COLUMN IF NOT EXISTS locale text;

CREATE UNIQUE INDEX IF NOT EXISTS store_preferences_key_locale
    ON store_preferences
       (pref_key, coalesce(locale, ''));

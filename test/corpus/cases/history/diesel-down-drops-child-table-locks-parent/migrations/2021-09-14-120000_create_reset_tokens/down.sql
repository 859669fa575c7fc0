-- case: the down side drops the table its up created (no drop-table), but that table has a foreign key to
-- case: people, and dropping it removes the key's triggers on people: PostgreSQL 15 takes an AccessExclusiveLock
-- case: on people too, so a lock_timeout is needed.
-- expect: require-lock-timeout@7
-- tool: diesel

DROP TABLE reset_tokens;

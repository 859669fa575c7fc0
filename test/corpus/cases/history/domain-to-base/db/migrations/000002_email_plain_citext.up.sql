-- case: a domain (email, over citext, with a CHECK) → its base type keeps the table and its unique index
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email TYPE citext;

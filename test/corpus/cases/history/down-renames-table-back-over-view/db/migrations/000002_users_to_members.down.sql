-- case: the down drops the view and renames the table back: users is the table in use again, not the view the
-- case: up created, so what the down then does to it is checked (a column the up never touched, a plain index
-- case: build under the rename's lock, SET NOT NULL)
-- expect: drop-column@9, require-concurrent-index@10, lock-held-during-slow-operation@10, set-not-null@11
-- tool: golang-migrate
SET lock_timeout = '2s';
DROP VIEW users;
ALTER TABLE members RENAME TO users;
ALTER TABLE users DROP COLUMN phone;
CREATE INDEX users_name_idx ON users (name);
ALTER TABLE users ALTER COLUMN name SET NOT NULL;

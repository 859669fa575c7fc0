-- case: a defensive CREATE TABLE IF NOT EXISTS of a table migration 1 made does nothing: the table is in use, and
-- case: what follows in the same transaction is judged as on any busy table
-- case: its down section adds to the table in use again, with no lock_timeout of its own
-- expect: unbatched-backfill@8, require-lock-timeout@9, set-not-null@9, drop-column@10, require-lock-timeout@13
-- tool: dbmate
-- migrate:up
CREATE TABLE IF NOT EXISTS customers (id bigserial PRIMARY KEY, email text);
UPDATE customers SET email = lower(email);
ALTER TABLE customers ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE customers DROP COLUMN phone;

-- migrate:down
ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE customers ALTER COLUMN full_name DROP NOT NULL;

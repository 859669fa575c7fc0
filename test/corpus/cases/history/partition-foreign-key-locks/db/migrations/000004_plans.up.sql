-- case: TRUNCATE ... CASCADE of a new table empties accounts, which now references it, and the tables that reference accounts
-- expect: foreign-key-without-index@10, truncate@12
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE TABLE plans (
  id bigint PRIMARY KEY,
  name text NOT NULL
);
ALTER TABLE accounts ADD COLUMN plan_id bigint REFERENCES plans (id);
INSERT INTO plans VALUES (1, 'free');
TRUNCATE plans CASCADE;

-- case: a validated CHECK whose AND includes name IS NOT NULL proves the column has no nulls on PG 12+;
-- case: a validated CHECK (total >= 0) does not (NULL passes a CHECK): PostgreSQL scans orders
-- expect: set-not-null@7, lock-held-during-slow-operation@7
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN name SET NOT NULL;
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;

-- case: NOT NULL with a constant default is fine on PG 11+
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN region TEXT NOT NULL DEFAULT 'eu';

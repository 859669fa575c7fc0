-- case: a column added, then the table renamed behind a compatibility view in the same transaction (dbmate)
-- tool: dbmate
-- expect: clean

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN segment text;
ALTER TABLE customers RENAME TO clients;
CREATE VIEW customers AS SELECT * FROM clients;

-- migrate:down
SET LOCAL lock_timeout = '2s';
DROP VIEW customers;
ALTER TABLE clients RENAME TO customers;
ALTER TABLE customers DROP COLUMN segment;

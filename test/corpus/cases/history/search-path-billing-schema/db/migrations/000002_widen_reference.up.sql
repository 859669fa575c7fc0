-- case: the path puts the unqualified names in billing: widening the varchar is free, int to bigint rewrites
-- expect: column-type-rewrite@7
-- tool: golang-migrate
SET lock_timeout = '2s';
SET search_path TO billing, public;
ALTER TABLE invoices ALTER COLUMN reference TYPE varchar(64);
ALTER TABLE invoices ALTER COLUMN amount_cents TYPE bigint;

-- case: undoing the bigint rewrites billing.invoices again
-- expect: column-type-rewrite@6
-- tool: golang-migrate
SET lock_timeout = '2s';
SET search_path TO billing, public;
ALTER TABLE invoices ALTER COLUMN amount_cents TYPE integer;

-- case: search_path puts tenant_acme first; orders resolves to tenant_acme.orders whose note is varchar(50): widening is free
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
SET search_path TO tenant_acme, public;
ALTER TABLE orders ALTER COLUMN note TYPE varchar(120);

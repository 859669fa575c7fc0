-- case: search_path puts public first; orders is public.orders whose note is text: text -> varchar(120) rewrites
-- tool: plain
-- expect: column-type-rewrite@7

SET lock_timeout = '2s';
SET search_path TO public, tenant_acme;
ALTER TABLE orders ALTER COLUMN note TYPE varchar(120);

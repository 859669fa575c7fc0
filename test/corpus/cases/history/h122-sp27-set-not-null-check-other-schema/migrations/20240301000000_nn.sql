-- case: the validated check is on public.customers, but the path makes customers tenant_a.customers, which has none
-- tool: plain
-- expect: set-not-null@7

SET lock_timeout = '2s';
SET search_path TO tenant_a, public;
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;

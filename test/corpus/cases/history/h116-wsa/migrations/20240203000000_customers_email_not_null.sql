-- case: SET NOT NULL after the dump's validated CHECK ((email IS NOT NULL)): no scan on PG 15
-- expect: clean
-- tool: plain

SET lock_timeout = '3s';
ALTER TABLE public.customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE public.customers DROP CONSTRAINT customers_email_not_null;

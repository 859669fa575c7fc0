-- case: the dump's CHECK is dropped first, so SET NOT NULL scans
-- expect: set-not-null@7
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE public.customers DROP CONSTRAINT customers_email_not_null;
ALTER TABLE public.customers ALTER COLUMN email SET NOT NULL;

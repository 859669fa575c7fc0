-- case: ALTER TABLE IF EXISTS ONLY public.groups RENAME back (clean)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE IF EXISTS ONLY public.groups RENAME TO teams;

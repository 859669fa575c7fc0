-- case: pg_dump-style set_config search_path, then SET NOT NULL proven by the dump's CHECK on crm.contacts.phone
-- expect: clean
-- tool: plain

SELECT pg_catalog.set_config('search_path', 'crm', false);
SET lock_timeout = '2s';
ALTER TABLE contacts ALTER COLUMN phone SET NOT NULL;

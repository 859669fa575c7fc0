-- case: SET NOT NULL proven by the dump's CHECK ((phone IS NOT NULL) AND (length(phone) > 3)): PG 15 logs "existing constraints ... are sufficient"
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE crm.contacts ALTER COLUMN phone SET NOT NULL;

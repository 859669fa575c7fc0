-- case: down drops a column its up never added (copy-paste slip): that is a real drop
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN phone;

-- case: ALTER ROLE/DATABASE ... SET lock_timeout applies to later sessions, not this one
-- expect: require-lock-timeout@7
-- tool: plain

ALTER ROLE CURRENT_USER SET lock_timeout = '2s';
ALTER DATABASE postgres SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;

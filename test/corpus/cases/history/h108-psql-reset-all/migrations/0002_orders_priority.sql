-- case: RESET ALL (and DISCARD ALL) put lock_timeout back to 0
-- expect: require-lock-timeout@8
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
RESET ALL;
ALTER TABLE customers ADD COLUMN priority smallint;

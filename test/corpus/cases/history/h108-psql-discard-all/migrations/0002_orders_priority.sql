-- case: DISCARD ALL resets every session setting, lock_timeout included
-- expect: require-lock-timeout@8
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
DISCARD ALL;
ALTER TABLE customers ADD COLUMN priority smallint;

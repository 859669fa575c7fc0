-- case: COMMIT with none open
-- tool: plain
-- expect: transaction-nesting@6
SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN region text;
COMMIT;

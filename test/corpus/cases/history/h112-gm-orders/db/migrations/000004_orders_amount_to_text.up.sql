-- case: amount dropped and re-added as text in one transaction: the name stays, every amount is lost
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN amount;
ALTER TABLE orders ADD COLUMN amount text;

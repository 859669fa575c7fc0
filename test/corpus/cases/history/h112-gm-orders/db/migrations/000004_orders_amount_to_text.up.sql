-- case: amount dropped and re-added as text (contract + expand in one go)
-- expect: drop-column@6, mixed-expand-contract@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN amount;
ALTER TABLE orders ADD COLUMN amount text;

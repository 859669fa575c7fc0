-- case: amount is numeric(12,3) after the previous migration: -> numeric(14,3) and then unconstrained numeric are free
-- expect: column-type-rewrite@12
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric(14,3);
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric(12,3);

-- case: numeric(10,2) -> numeric(12,3) changes the scale: rewrite; ref widened with an identity USING: free
-- expect: column-type-rewrite@8, column-type-rewrite@12, column-type-rewrite@13
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE ledger_entries ALTER COLUMN ref TYPE varchar(40) USING ref::varchar(40);
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric(12,3);

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric(10,2);
ALTER TABLE ledger_entries ALTER COLUMN ref TYPE varchar(20);

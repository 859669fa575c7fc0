-- case: dbmate file with no migrate:down section
-- expect: missing-rollback@*
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE products ADD COLUMN weight_grams integer;

-- case: amount is text now (re-added in 000004), text -> numeric rewrites; created_at timestamp(0)->timestamp(3) is free
-- expect: column-type-rewrite@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN created_at TYPE timestamp(3);
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric;

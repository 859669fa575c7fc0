-- case: SET NOT NULL after a validated check added by the previous migration
-- tool: dbmate
-- expect: clean

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_created_at_not_null;

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN created_at DROP NOT NULL;

-- case: validated CHECK added in one go (scan under AccessExclusiveLock)
-- tool: dbmate
-- expect: constraint-without-not-valid@7

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ADD CONSTRAINT customers_created_at_not_null CHECK (created_at IS NOT NULL);

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers DROP CONSTRAINT customers_created_at_not_null;

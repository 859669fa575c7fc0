-- case: required column without default next to one with a constant default
-- tool: dbmate
-- expect: add-required-column@7

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN tier text NOT NULL;
ALTER TABLE customers ADD COLUMN plan text NOT NULL DEFAULT 'free';

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN plan;
ALTER TABLE customers DROP COLUMN tier;

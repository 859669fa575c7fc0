-- case: SET NOT NULL before the check is validated: still scans
-- tool: dbmate
-- expect: set-not-null@8

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ADD CONSTRAINT customers_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;
ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_phone_not_null;

-- case: NOT NULL step 3: SET NOT NULL skips the scan thanks to the validated check, then drop the check
-- tool: dbmate
-- expect: clean

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_email_not_null;

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;

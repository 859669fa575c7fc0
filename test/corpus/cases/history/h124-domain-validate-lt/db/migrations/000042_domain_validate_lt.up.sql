-- case: ALTER DOMAIN VALIDATE CONSTRAINT with lock_timeout
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_max;

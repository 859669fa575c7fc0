-- case: ALTER DOMAIN SET NOT NULL: scans orders.total under ShareLock
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER DOMAIN positive_cents SET NOT NULL;

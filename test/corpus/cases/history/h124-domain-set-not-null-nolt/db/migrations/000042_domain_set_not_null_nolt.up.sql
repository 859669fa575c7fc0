-- case: ALTER DOMAIN SET NOT NULL without lock_timeout: ShareLock on orders while it scans
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER DOMAIN positive_cents SET NOT NULL;

-- case: ALTER DOMAIN VALIDATE CONSTRAINT: ShareLock on orders (uses the domain) while it scans
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_max;

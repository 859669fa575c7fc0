-- case: ALTER DOMAIN ADD CONSTRAINT without NOT VALID: ShareLock on orders + full scan
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER DOMAIN positive_cents ADD CONSTRAINT positive_cents_max CHECK (VALUE < 100000000);

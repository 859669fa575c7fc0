-- case: dropping a column the previous release may still read
-- expect: drop-column@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE users DROP COLUMN legacy_password_hash;

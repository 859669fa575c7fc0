-- case: SET lock_timeout = '0s' is no timeout at all
-- expect: require-lock-timeout@5
-- tool: golang-migrate
SET lock_timeout = '0s';
ALTER TABLE customers DROP COLUMN vip_since, DROP COLUMN is_vip;

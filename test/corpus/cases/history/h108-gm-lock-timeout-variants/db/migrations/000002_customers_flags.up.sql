-- case: SET SESSION and set_config(..., false) count; a later SET ... TO DEFAULT ends the timeout
-- expect: require-lock-timeout@9
-- tool: golang-migrate
SET SESSION lock_timeout TO '3s';
ALTER TABLE customers ADD COLUMN is_vip boolean;
SET lock_timeout TO DEFAULT;
SELECT set_config('statement_timeout', '5s', false);
SELECT 1;
ALTER TABLE customers ADD COLUMN vip_since date;

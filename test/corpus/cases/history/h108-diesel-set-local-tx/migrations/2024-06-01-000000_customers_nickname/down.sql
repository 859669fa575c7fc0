-- case: the down has no timeout
-- expect: require-lock-timeout@4
-- tool: diesel
ALTER TABLE customers DROP COLUMN nickname;

-- case: contract phase shipped together with an expand on the same table
-- expect: mixed-expand-contract@8, drop-column@8, drop-table@9, foreign-key-without-index@13
-- tool: dbmate

-- migrate:up
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN display_name text;
ALTER TABLE users DROP COLUMN name;
DROP TABLE audit_log;

-- migrate:down
SET LOCAL lock_timeout = '2s';
CREATE TABLE audit_log (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), payload text);
ALTER TABLE users ADD COLUMN name varchar(100);
ALTER TABLE users DROP COLUMN display_name;

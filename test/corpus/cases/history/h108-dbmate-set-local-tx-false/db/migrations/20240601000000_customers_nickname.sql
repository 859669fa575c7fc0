-- case: transaction:false, but the section is one query string: SET LOCAL holds for the rest of the implicit transaction
-- expect: clean
-- tool: dbmate

-- migrate:up transaction:false
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN nickname text;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN nickname;

-- case: dbmate transaction:false on both sections
-- expect: clean
-- tool: dbmate

-- migrate:up transaction:false
CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_key ON users (lower(email));

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS users_lower_email_key;

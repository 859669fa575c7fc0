-- case: PG15 NULLS NOT DISTINCT unique index
-- expect: require-concurrent-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE UNIQUE INDEX accounts_email_nnd ON accounts (email) NULLS NOT DISTINCT;

-- case: UNIQUE with INCLUDE, lock_timeout set
-- expect: require-concurrent-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE UNIQUE INDEX customers_email_uniq
  ON customers (email) INCLUDE (name);

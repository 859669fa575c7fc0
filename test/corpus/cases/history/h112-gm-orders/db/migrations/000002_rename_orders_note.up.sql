-- case: rename orders.note to memo
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN note TO memo;

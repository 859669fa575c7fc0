-- case: identity RESTART alone: AccessExclusiveLock on orders
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ALTER COLUMN id RESTART WITH 100000;

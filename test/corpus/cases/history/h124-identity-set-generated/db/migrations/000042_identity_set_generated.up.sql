-- case: SET GENERATED ALWAYS / RESTART on an identity column: AccessExclusiveLock on orders
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE orders ALTER COLUMN id RESTART WITH 100000;

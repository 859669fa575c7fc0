-- case: a new sequence as the default of an existing column: AccessExclusiveLock, no rewrite
-- expect: require-lock-timeout@7
-- tool: goose

-- +goose Up
CREATE SEQUENCE orders_number_seq START 1000;
ALTER TABLE orders ALTER COLUMN code SET DEFAULT nextval('orders_number_seq')::text;
ALTER SEQUENCE orders_number_seq OWNED BY orders.code;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN code DROP DEFAULT;
DROP SEQUENCE orders_number_seq;

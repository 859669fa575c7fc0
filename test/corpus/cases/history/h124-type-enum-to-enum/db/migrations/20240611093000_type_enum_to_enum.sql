-- case: enum -> a new enum via text: rewrite
-- expect: column-type-rewrite@9
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE TYPE order_status_v2 AS ENUM ('pending', 'paid', 'shipped', 'refunded');
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN status TYPE order_status_v2 USING status::text::order_status_v2;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE order_status;
ALTER TYPE order_status_v2 RENAME TO order_status;

-- +goose Down
SELECT 1;

-- case: the DDL is on tenant_a.orders; the bounded UPDATE is on public.orders, another table: not a backfill in the same transaction as DDL on that table
-- tool: goose
-- expect: require-lock-timeout@12

-- +goose Up
SET LOCAL lock_timeout = '2s';
SET LOCAL search_path TO tenant_a;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
UPDATE public.orders SET status = 'new' WHERE id = 42;

-- +goose Down
ALTER TABLE tenant_a.orders ALTER COLUMN status DROP DEFAULT;

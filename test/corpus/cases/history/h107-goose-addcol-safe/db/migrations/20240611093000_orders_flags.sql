-- case: constant and stable defaults do not rewrite on PG >= 11 (strong_migrations: safe)
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN archived boolean NOT NULL DEFAULT false;
ALTER TABLE orders ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN public_id, DROP COLUMN updated_at, DROP COLUMN archived;

-- case: integer column to a CHECK domain over integer: rewrite (PG checks every row)
-- expect: column-type-rewrite@8
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
ALTER TABLE orders ALTER COLUMN customer_id TYPE positive_int;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN customer_id TYPE integer;
DROP DOMAIN positive_int;

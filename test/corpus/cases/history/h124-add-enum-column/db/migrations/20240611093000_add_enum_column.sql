-- case: an enum column with a constant default: no rewrite
-- expect: clean
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE TYPE customer_tier AS ENUM ('free', 'pro');
ALTER TABLE customers ADD COLUMN tier customer_tier NOT NULL DEFAULT 'free';

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN tier;
DROP TYPE customer_tier;

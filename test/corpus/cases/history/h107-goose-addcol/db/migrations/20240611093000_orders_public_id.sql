-- case: uuid column with a volatile default rewrites orders; serial too
-- expect: add-column-rewrite@7, add-column-rewrite@8, lock-held-during-slow-operation@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE users ADD COLUMN legacy_seq bigserial;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN public_id;
ALTER TABLE users DROP COLUMN legacy_seq;

-- +goose Up
-- case: NOT VALID added to public.orders; the VALIDATE is of tenant_a's older constraint with the same name (added by history)
-- tool: goose
-- expect: lock-held-during-slow-operation@9, require-lock-timeout@12

SET LOCAL lock_timeout = '2s';
ALTER TABLE public.orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
SET LOCAL search_path TO tenant_a;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;

-- +goose Down
ALTER TABLE public.orders DROP CONSTRAINT orders_total_nonneg;

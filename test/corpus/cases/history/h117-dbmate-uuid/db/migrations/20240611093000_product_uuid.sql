-- case: volatile default rewrites
-- tool: dbmate
-- expect: add-column-rewrite@5, require-lock-timeout@5, require-lock-timeout@8
-- migrate:up
ALTER TABLE products ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- migrate:down
ALTER TABLE products DROP COLUMN public_id;

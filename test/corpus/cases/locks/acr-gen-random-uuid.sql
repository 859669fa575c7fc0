-- case: ADD COLUMN with a volatile default rewrites the table
-- expect: add-column-rewrite@4, require-lock-timeout@4

ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

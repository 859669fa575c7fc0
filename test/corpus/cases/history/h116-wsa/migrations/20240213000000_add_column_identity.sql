-- case: add columns to dump tables
-- expect: require-lock-timeout@6, add-column-rewrite@6, add-column-rewrite@7
-- tool: plain

SET statement_timeout = '5min';
ALTER TABLE public.warehouses ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE public.order_items ADD COLUMN line_id uuid DEFAULT gen_random_uuid();
ALTER TABLE public.order_items ADD COLUMN added_at timestamptz DEFAULT now();

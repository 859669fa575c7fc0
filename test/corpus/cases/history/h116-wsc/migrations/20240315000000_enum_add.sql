-- case: add an enum value to the dump's type and use it in the same transaction
-- expect: enum-value-change@7
-- tool: plain

BEGIN;
ALTER TYPE public.order_status ADD VALUE 'refunded';
INSERT INTO public.orders (customer_id, status, total) VALUES (1, 'refunded', 0);
COMMIT;

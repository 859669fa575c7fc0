BEGIN;
DROP TABLE public.orders;
COMMIT;

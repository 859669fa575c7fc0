CREATE TABLE public.invoices (id bigint PRIMARY KEY, amount numeric(12,2));

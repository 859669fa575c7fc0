CREATE SCHEMA tenant_globex;
CREATE TABLE public.invoices (id bigint PRIMARY KEY, amount numeric(12,2), customer_id bigint);

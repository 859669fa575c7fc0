CREATE SCHEMA reporting;
CREATE TABLE public.sales (id bigint PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW reporting.sales_totals AS SELECT sum(amount) AS total FROM public.sales;

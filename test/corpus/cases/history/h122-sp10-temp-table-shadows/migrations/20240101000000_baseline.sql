CREATE TABLE public.staging_orders (id bigint PRIMARY KEY, sku text);

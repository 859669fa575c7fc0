CREATE TABLE public.orders (id bigint PRIMARY KEY, ref text);

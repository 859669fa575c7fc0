CREATE TABLE public.payments (id bigint PRIMARY KEY, ref text);

CREATE SCHEMA util;
CREATE FUNCTION public.gen_code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'x' $$;
CREATE FUNCTION util.gen_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE TABLE public.coupons (id bigint PRIMARY KEY);

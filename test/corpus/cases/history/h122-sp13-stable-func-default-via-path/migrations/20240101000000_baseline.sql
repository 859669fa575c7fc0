CREATE SCHEMA util;
CREATE FUNCTION util.current_tenant() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true) $$;
CREATE FUNCTION util.new_ref() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
CREATE TABLE public.documents (id bigint PRIMARY KEY, title text);

CREATE DOMAIN public.plain_text AS text;

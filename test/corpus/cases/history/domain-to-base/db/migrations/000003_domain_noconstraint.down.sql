DROP DOMAIN public.plain_text;

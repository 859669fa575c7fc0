CREATE FUNCTION normalize_email(text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT lower(trim($1)) $$;

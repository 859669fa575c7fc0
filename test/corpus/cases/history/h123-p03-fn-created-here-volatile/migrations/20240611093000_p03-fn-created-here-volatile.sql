-- case: a token generator created in this migration, then used as a column default
-- expect: add-column-rewrite@12
-- tool: plain

SET lock_timeout = '2s';
CREATE FUNCTION new_token() RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  RETURN md5(random()::text || clock_timestamp()::text);
END;
$$;
ALTER TABLE orders ADD COLUMN token text DEFAULT new_token();

-- case: CREATE OR REPLACE turns an IMMUTABLE function VOLATILE, then a column default uses it
-- expect: add-column-rewrite@12
-- tool: plain

SET lock_timeout = '2s';
CREATE OR REPLACE FUNCTION default_locale() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN coalesce(current_setting('app.locale', true), 'en');
END;
$$;
ALTER TABLE users ADD COLUMN locale text DEFAULT default_locale();

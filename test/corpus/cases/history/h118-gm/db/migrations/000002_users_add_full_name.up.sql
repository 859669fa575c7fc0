-- case: rename users.name -> full_name, expand: new column plus sync trigger
-- tool: golang-migrate
-- expect: clean

SET lock_timeout = '3s';

ALTER TABLE users ADD COLUMN full_name text;

CREATE FUNCTION users_full_name_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.full_name := COALESCE(NEW.full_name, NEW.name);
    NEW.name := COALESCE(NEW.name, NEW.full_name);
  ELSIF NEW.name IS DISTINCT FROM OLD.name THEN
    NEW.full_name := NEW.name;
  ELSIF NEW.full_name IS DISTINCT FROM OLD.full_name THEN
    NEW.name := NEW.full_name;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER users_full_name_sync
  BEFORE INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION users_full_name_sync();

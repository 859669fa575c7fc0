-- case: INSTEAD OF trigger on an existing view (ShareRowExclusiveLock on the view)
-- expect: require-lock-timeout@14
-- tool: plain

CREATE FUNCTION active_users_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO users (email, name, status) VALUES (NEW.email, NEW.name, 'active')
  RETURNING id INTO NEW.id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER active_users_insert
  INSTEAD OF INSERT ON active_users
  FOR EACH ROW EXECUTE FUNCTION active_users_insert();

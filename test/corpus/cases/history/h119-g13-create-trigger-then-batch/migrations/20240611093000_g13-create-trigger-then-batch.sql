-- case: sync trigger created, then first batch in the same transaction
-- expect: unbatched-backfill@14

BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE FUNCTION users_sync_locale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.locale := coalesce(NEW.locale, 'en');
  RETURN NEW;
END;
$$;
CREATE TRIGGER users_sync_locale BEFORE INSERT OR UPDATE ON users
FOR EACH ROW EXECUTE FUNCTION users_sync_locale();
UPDATE users SET locale = locale WHERE id BETWEEN 1 AND 5000;
COMMIT;

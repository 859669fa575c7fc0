-- case: change type the safe way: a new bigint column (no rewrite) and a sync trigger
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN amount_v2 bigint;
CREATE FUNCTION payments_sync_amount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.amount_v2 := NEW.amount;
  RETURN NEW;
END $$;
CREATE TRIGGER payments_sync_amount BEFORE INSERT OR UPDATE ON payments
  FOR EACH ROW EXECUTE FUNCTION payments_sync_amount();

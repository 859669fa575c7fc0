-- case: audit trigger on an existing table, lock_timeout set first
-- expect: clean

SET lock_timeout = '2s';

CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, row_data, changed_at)
  VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(coalesce(NEW, OLD)), now());
  RETURN coalesce(NEW, OLD);
END;
$$;

CREATE TRIGGER payments_audit
  AFTER INSERT OR UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- case: Flyway repeatable migration (re-run when its checksum changes): views and a trigger on the existing orders table
-- expect: require-lock-timeout@6
-- tool: flyway
CREATE OR REPLACE VIEW paid_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'PAID';
CREATE OR REPLACE FUNCTION orders_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
DROP TRIGGER IF EXISTS orders_audit ON orders;
CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION orders_audit();

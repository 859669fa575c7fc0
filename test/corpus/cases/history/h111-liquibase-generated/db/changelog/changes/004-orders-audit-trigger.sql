--liquibase formatted sql
-- case: splitStatements:false for a plpgsql function, then ADD COLUMN on the existing orders table (first blocking statement), then a trigger
-- expect: require-lock-timeout@19
-- tool: liquibase

--changeset dev:orders-touch-fn splitStatements:false
CREATE OR REPLACE FUNCTION orders_touch() RETURNS trigger AS $$
BEGIN
  NEW.updated_at := now();
  IF NEW.status = 'cancelled' THEN
    UPDATE orders SET note = 'cancelled' WHERE id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--rollback DROP FUNCTION orders_touch();

--changeset dev:orders-updated-at
ALTER TABLE orders ADD COLUMN updated_at TIMESTAMPTZ;
--rollback ALTER TABLE orders DROP COLUMN updated_at;

--changeset dev:orders-touch-trigger
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION orders_touch();
--rollback DROP TRIGGER orders_touch ON orders;

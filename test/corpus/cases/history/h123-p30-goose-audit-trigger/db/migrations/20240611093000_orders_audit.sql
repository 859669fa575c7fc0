-- case: goose audit trigger with a down section; lock_timeout only in the up section
-- tool: goose
-- expect: require-lock-timeout@26
-- +goose Up
SET lock_timeout = '2s';
CREATE TABLE order_audit (id bigserial PRIMARY KEY, order_id bigint, op text, at timestamptz NOT NULL DEFAULT now());

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION orders_audit() RETURNS trigger AS $$
BEGIN
  INSERT INTO order_audit (order_id, op) VALUES (coalesce(NEW.id, OLD.id), TG_OP);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

CREATE TRIGGER orders_audit
  AFTER INSERT OR UPDATE OR DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_audit();

ALTER TABLE orders DISABLE TRIGGER orders_audit;
REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;
ALTER TABLE orders ENABLE TRIGGER orders_audit;

-- +goose Down
DROP TRIGGER orders_audit ON orders;
DROP FUNCTION orders_audit();
DROP TABLE order_audit;

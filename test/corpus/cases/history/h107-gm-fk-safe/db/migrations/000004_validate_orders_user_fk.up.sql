-- case: VALIDATE in a later migration
-- expect: clean
-- tool: golang-migrate

ALTER TABLE orders VALIDATE CONSTRAINT fk_rails_orders_user_id;

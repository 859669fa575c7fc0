-- case: a new table with a foreign key to a busy table, with a lock_timeout
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE TABLE refunds (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount_cents bigint NOT NULL
);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);

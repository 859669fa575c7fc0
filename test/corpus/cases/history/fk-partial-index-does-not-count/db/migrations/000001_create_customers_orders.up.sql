CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX orders_live_customer_id_idx ON orders (customer_id) WHERE deleted_at IS NULL;

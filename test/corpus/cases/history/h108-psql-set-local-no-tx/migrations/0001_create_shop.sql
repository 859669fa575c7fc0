CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(120) NOT NULL,
  name varchar(50),
  balance numeric(10,2) NOT NULL DEFAULT 0,
  status text,
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  state order_state NOT NULL DEFAULT 'new',
  total numeric(12,2),
  note varchar(200),
  placed_at timestamp(0)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE TABLE events (
  id bigint NOT NULL,
  at date NOT NULL,
  payload jsonb
) PARTITION BY RANGE (at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

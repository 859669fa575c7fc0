CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE orders (
  id bigint NOT NULL,
  account_id bigint NOT NULL REFERENCES accounts (id),
  placed_at date NOT NULL,
  PRIMARY KEY (id, placed_at)
) PARTITION BY RANGE (placed_at);
CREATE INDEX orders_account_id_idx ON orders (account_id);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE order_items (
  order_id bigint NOT NULL,
  placed_at date NOT NULL,
  sku text NOT NULL,
  PRIMARY KEY (order_id, placed_at, sku),
  FOREIGN KEY (order_id, placed_at) REFERENCES orders (id, placed_at)
);

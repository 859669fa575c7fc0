CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  email text,
  CONSTRAINT accounts_email_key UNIQUE (email)
);
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  account_id bigint,
  status text NOT NULL DEFAULT 'new',
  total numeric(12,2),
  placed_at timestamptz
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_placed_at_idx ON orders (placed_at) INCLUDE (account_id);
CREATE TABLE documents (
  id bigint PRIMARY KEY,
  body text,
  tags text[],
  meta jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE bookings (
  id bigint PRIMARY KEY,
  room_id int NOT NULL,
  during tstzrange NOT NULL
);
CREATE TABLE events (
  id bigint NOT NULL,
  occurred_at date NOT NULL,
  account_id bigint,
  payload jsonb
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE TABLE metrics (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision
) PARTITION BY RANGE (recorded_at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_2025 (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision
);

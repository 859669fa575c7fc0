CREATE DOMAIN positive_cents AS bigint CHECK (VALUE >= 0);
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  total positive_cents NOT NULL
);

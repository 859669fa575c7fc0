CREATE TABLE orders (
  id bigint PRIMARY KEY,
  amount integer NOT NULL DEFAULT 0,
  amount_new bigint NOT NULL DEFAULT 0
);

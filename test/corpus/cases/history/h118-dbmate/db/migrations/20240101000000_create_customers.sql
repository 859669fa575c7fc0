-- migrate:up
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email text,
  country text,
  phone text,
  created_at timestamptz DEFAULT now()
);

-- migrate:down
DROP TABLE customers;

-- migrate:up
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email text,
  full_name text,
  phone text
);

-- migrate:down
DROP TABLE customers;

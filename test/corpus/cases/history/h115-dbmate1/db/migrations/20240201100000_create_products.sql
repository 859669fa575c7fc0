-- migrate:up
CREATE TABLE products (
  id bigserial PRIMARY KEY,
  sku text NOT NULL,
  title text NOT NULL,
  price_cents integer NOT NULL
);
CREATE TABLE categories (id bigserial PRIMARY KEY, name text NOT NULL);

-- migrate:down
DROP TABLE categories;
DROP TABLE products;

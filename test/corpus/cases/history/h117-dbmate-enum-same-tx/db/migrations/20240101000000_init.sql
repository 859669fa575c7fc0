-- migrate:up
CREATE TABLE products (id serial PRIMARY KEY, sku text NOT NULL, price numeric(12,2));
CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE TABLE purchases (id serial PRIMARY KEY, product_id int, status order_status NOT NULL DEFAULT 'new');

-- migrate:down
DROP TABLE purchases;
DROP TYPE order_status;
DROP TABLE products;

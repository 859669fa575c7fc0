-- migrate:up
CREATE TYPE order_state AS ENUM ('pending', 'paid');
CREATE TABLE orders (id bigint PRIMARY KEY, state order_state NOT NULL DEFAULT 'pending', total numeric(10,2));

-- migrate:down
DROP TABLE orders;
DROP TYPE order_state;

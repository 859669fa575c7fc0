DROP TABLE events;
DROP TABLE orders;
DROP TYPE order_state;
DROP TABLE customers;

CREATE TABLE orders (id bigint PRIMARY KEY, ref text);

-- migrate:up
CREATE TABLE customers (id bigint PRIMARY KEY, name text);
CREATE TABLE profiles (id bigint PRIMARY KEY, bio text);

-- migrate:down
DROP TABLE profiles;
DROP TABLE customers;

-- +goose Up
CREATE TABLE customers (id bigserial PRIMARY KEY, email text, phone text);

-- +goose Down
DROP TABLE customers;

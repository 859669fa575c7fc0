-- +goose Up
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, plan text);
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12,2));
CREATE INDEX orders_user_id_idx ON orders (user_id);

-- +goose Down
DROP TABLE orders;
DROP TABLE users;

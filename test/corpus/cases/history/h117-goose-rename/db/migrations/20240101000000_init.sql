-- +goose Up
CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, plan text);
CREATE TABLE events (id bigint PRIMARY KEY, account_id bigint, payload jsonb);

-- +goose Down
DROP TABLE events;
DROP TABLE accounts;

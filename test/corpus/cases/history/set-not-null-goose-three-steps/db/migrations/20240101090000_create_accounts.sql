-- +goose Up
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_email text,
    plan text NOT NULL DEFAULT 'free'
);

-- +goose Down
DROP TABLE accounts;

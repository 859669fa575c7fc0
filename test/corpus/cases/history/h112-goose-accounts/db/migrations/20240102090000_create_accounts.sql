-- +goose Up
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    email text,
    plan text NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE accounts;

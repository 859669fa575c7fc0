-- +goose Up
CREATE TABLE accounts (
  id serial PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE events (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id),
  kind text NOT NULL,
  payload jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_account_id_idx ON events (account_id);

-- +goose Down
DROP TABLE events;
DROP TABLE accounts;

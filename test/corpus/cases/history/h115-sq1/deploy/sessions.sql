-- Deploy shop:sessions to pg

BEGIN;
CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account_id_idx ON sessions (account_id);
COMMIT;

CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE account_imports (
  account_id bigint PRIMARY KEY,
  plan text NOT NULL
);

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);

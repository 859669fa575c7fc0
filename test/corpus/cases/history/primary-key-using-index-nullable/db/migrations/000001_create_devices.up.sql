CREATE TABLE devices (
  serial text,
  name text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now()
);

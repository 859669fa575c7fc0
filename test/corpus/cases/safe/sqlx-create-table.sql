-- case: sqlx (Rust) migration creating a table
-- expect: clean
-- tool: sqlx

CREATE TABLE IF NOT EXISTS subscriptions (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    subscribed_at timestamptz NOT NULL
);

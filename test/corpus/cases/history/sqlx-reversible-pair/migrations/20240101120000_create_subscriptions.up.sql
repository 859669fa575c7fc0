-- case: sqlx reversible migration: .up.sql with its .down.sql
-- expect: clean
-- tool: sqlx

CREATE TABLE subscriptions (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    subscribed_at timestamptz NOT NULL
);

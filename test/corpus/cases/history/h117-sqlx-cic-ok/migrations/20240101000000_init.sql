CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

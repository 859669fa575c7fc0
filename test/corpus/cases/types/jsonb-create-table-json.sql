-- case: a json column in a new table
-- expect: prefer-jsonb@4

CREATE TABLE webhook_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payload json NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- case: Up creates audit_events; Down drops audit_log (pre-existing, not created by this Up)
-- expect: drop-table@15
-- tool: goose

-- +goose Up
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
SET lock_timeout = '2s';
DROP TABLE audit_log;

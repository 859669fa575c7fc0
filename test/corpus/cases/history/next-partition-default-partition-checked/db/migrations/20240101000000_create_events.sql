-- +goose Up
CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2024_06 PARTITION OF events FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');
-- Rows outside every monthly partition land here instead of failing the insert.
CREATE TABLE events_default PARTITION OF events DEFAULT;

-- +goose Down
DROP TABLE events;

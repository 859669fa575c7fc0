-- +goose Up
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  occurred_at timestamp NOT NULL,
  recorded_at timestamp NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE events;

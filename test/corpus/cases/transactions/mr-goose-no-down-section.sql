-- case: goose file with no -- +goose Down section
-- expect: missing-rollback@*
-- tool: goose

-- +goose Up
CREATE TABLE outbox_messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX outbox_messages_unpublished_idx ON outbox_messages (created_at) WHERE published_at IS NULL;

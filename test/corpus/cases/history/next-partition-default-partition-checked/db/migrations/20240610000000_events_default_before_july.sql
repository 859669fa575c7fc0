-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE events_default ADD CONSTRAINT events_default_not_july
  CHECK (occurred_at < '2024-07-01' OR occurred_at >= '2024-08-01') NOT VALID;
ALTER TABLE events_default VALIDATE CONSTRAINT events_default_not_july;

-- +goose Down
ALTER TABLE events_default DROP CONSTRAINT events_default_not_july;

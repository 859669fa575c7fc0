-- case: int -> bigint: contract
-- tool: goose
-- expect: drop-column@7

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE events DROP COLUMN id_old;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE events ADD COLUMN id_old integer;

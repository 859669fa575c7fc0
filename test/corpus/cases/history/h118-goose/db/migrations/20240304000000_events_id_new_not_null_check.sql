-- case: int -> bigint: NOT NULL check on the shadow column, not validated yet
-- tool: goose
-- expect: clean

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE events ADD CONSTRAINT events_id_new_not_null CHECK (id_new IS NOT NULL) NOT VALID;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE events DROP CONSTRAINT events_id_new_not_null;

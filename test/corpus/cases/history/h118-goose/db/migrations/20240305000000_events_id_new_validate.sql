-- case: int -> bigint: validate the check in its own migration
-- tool: goose
-- expect: clean

-- +goose Up
ALTER TABLE events VALIDATE CONSTRAINT events_id_new_not_null;

-- +goose Down
SELECT 1;

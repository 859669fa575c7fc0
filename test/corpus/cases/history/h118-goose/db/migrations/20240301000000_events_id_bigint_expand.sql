-- case: int -> bigint, expand: shadow bigint column kept in sync by a trigger
-- tool: goose
-- expect: clean

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE events ADD COLUMN id_new bigint;

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION events_id_new_sync() RETURNS trigger AS $$
BEGIN
  NEW.id_new := NEW.id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

CREATE TRIGGER events_id_new_sync
  BEFORE INSERT OR UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION events_id_new_sync();

-- +goose Down
SET lock_timeout = '2s';
DROP TRIGGER events_id_new_sync ON events;
DROP FUNCTION events_id_new_sync();
ALTER TABLE events DROP COLUMN id_new;

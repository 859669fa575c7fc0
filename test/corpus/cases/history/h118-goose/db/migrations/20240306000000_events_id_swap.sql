-- case: int -> bigint: swap in one short transaction (SET NOT NULL backed by a validated check)
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE events ALTER COLUMN id_new SET NOT NULL;
ALTER TABLE events DROP CONSTRAINT events_id_new_not_null;
ALTER TABLE events DROP CONSTRAINT events_pkey;
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_new_key;
ALTER SEQUENCE events_id_seq OWNED BY events.id_new;
ALTER TABLE events ALTER COLUMN id_new SET DEFAULT nextval('events_id_seq');
ALTER TABLE events ALTER COLUMN id DROP DEFAULT;
DROP TRIGGER events_id_new_sync ON events;
DROP FUNCTION events_id_new_sync();
ALTER TABLE events RENAME COLUMN id TO id_old;
ALTER TABLE events RENAME COLUMN id_new TO id;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE events RENAME COLUMN id TO id_new;
ALTER TABLE events RENAME COLUMN id_old TO id;
ALTER TABLE events DROP CONSTRAINT events_pkey;
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id);

-- case: text -> enum USING: rewrite
-- expect: column-type-rewrite@8, column-type-rewrite@12
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE TYPE event_kind AS ENUM ('signup', 'login', 'logout');
ALTER TABLE legacy_events ALTER COLUMN payload TYPE event_kind USING payload::event_kind;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE legacy_events ALTER COLUMN payload TYPE text USING payload::text;
DROP TYPE event_kind;

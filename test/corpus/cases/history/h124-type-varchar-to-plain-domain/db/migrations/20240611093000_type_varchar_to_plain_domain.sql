-- case: varchar(20) -> short_code (unconstrained domain over text): binary compatible
-- expect: column-type-rewrite@11
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE legacy_events ALTER COLUMN kind TYPE short_code;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE legacy_events ALTER COLUMN kind TYPE varchar(20);

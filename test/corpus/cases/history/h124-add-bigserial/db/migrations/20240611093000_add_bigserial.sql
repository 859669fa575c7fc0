-- case: ADD COLUMN bigserial on an existing table: rewrite, and prefer-identity
-- expect: add-column-rewrite@8, prefer-identity@8
-- tool: goose
-- rules: prefer-identity=warning

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE legacy_events ADD COLUMN seq bigserial;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE legacy_events DROP COLUMN seq;

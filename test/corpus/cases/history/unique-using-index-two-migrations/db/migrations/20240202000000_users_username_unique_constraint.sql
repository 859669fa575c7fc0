-- case: then attach it as a constraint: USING INDEX is instant
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE USING INDEX users_username_key;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE users DROP CONSTRAINT users_username_key;

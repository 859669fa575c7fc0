-- case: ALTER DOMAIN SET/DROP DEFAULT: catalog only
-- expect: clean
-- tool: goose

-- +goose Up
ALTER DOMAIN short_code SET DEFAULT 'n/a';

-- +goose Down
ALTER DOMAIN short_code DROP DEFAULT;

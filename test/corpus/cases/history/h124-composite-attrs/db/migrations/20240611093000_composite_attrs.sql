-- case: composite type ADD/DROP ATTRIBUTE: AccessExclusiveLock on the type blocks writes of its values
-- expect: require-lock-timeout@6, require-lock-timeout@9
-- tool: goose

-- +goose Up
ALTER TYPE postal_address ADD ATTRIBUTE country text;

-- +goose Down
ALTER TYPE postal_address DROP ATTRIBUTE IF EXISTS country;

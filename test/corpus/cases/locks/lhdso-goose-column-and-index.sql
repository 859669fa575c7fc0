-- case: goose: ADD COLUMN then CREATE INDEX in the tool transaction
-- expect: require-lock-timeout@6, require-concurrent-index@7, lock-held-during-slow-operation@7, require-concurrent-drop-index@10, require-lock-timeout@10
-- tool: goose

-- +goose Up
ALTER TABLE accounts ADD COLUMN region text;
CREATE INDEX accounts_region_idx ON accounts (region);

-- +goose Down
DROP INDEX accounts_region_idx;
ALTER TABLE accounts DROP COLUMN region;

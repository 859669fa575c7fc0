-- case: goose NO TRANSACTION + StatementBegin/End; concurrent index is fine
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
CREATE INDEX CONCURRENTLY IF NOT EXISTS tags_label_idx ON tags (label);
-- +goose StatementEnd

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS tags_label_idx;

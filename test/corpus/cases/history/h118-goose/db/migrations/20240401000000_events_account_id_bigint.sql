-- case: int -> bigint done in place: rewrites events and its indexes
-- tool: goose
-- expect: column-type-rewrite@6, require-lock-timeout@6, column-type-rewrite@9, require-lock-timeout@9

-- +goose Up
ALTER TABLE events ALTER COLUMN account_id TYPE bigint;

-- +goose Down
ALTER TABLE events ALTER COLUMN account_id TYPE integer;

-- case: goose wraps the migration in a transaction: CONCURRENTLY fails; both tables are pre-existing now
-- expect: concurrently-in-transaction@7, require-concurrent-index@8, require-lock-timeout@8
-- expect: require-concurrent-drop-index@11, require-lock-timeout@11, require-concurrent-drop-index@12
-- tool: goose

-- +goose Up
CREATE INDEX CONCURRENTLY accounts_legacy_email_idx ON accounts_legacy (email);
CREATE INDEX accounts_legacy_id_idx ON accounts (legacy_id);

-- +goose Down
DROP INDEX accounts_legacy_id_idx;
DROP INDEX accounts_legacy_email_idx;

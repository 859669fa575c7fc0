-- case: old accounts table renamed away and a new accounts table created in its place
-- expect: rename-table@7, require-lock-timeout@17
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts RENAME TO accounts_legacy;
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legacy_id bigint,
    email text NOT NULL
);
CREATE INDEX accounts_email_idx ON accounts (email);

-- +goose Down
DROP TABLE accounts;
ALTER TABLE accounts_legacy RENAME TO accounts;

-- case: goose: created-table seed in up; down wipes a pre-existing table
-- expect: unbatched-backfill@11
-- tool: goose

-- +goose Up
CREATE TABLE currencies (code text PRIMARY KEY, name text NOT NULL);
INSERT INTO currencies (code, name) VALUES ('USD', 'US Dollar'), ('EUR', 'Euro');
UPDATE currencies SET name = upper(name);

-- +goose Down
DELETE FROM audit_log;
DROP TABLE currencies;

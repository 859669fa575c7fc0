-- case: later goose migration on the squashed schema
-- expect: require-lock-timeout@6, require-concurrent-index@7, lock-held-during-slow-operation@7, unbatched-backfill@8, lock-held-during-slow-operation@8, require-concurrent-drop-index@11, require-lock-timeout@11
-- tool: goose
-- +goose Up

ALTER TABLE projects ADD COLUMN owner_email text;
CREATE INDEX projects_owner_email_idx ON projects (owner_email);
UPDATE projects SET owner_email = 'unknown@example.com';

-- +goose Down
DROP INDEX projects_owner_email_idx;
ALTER TABLE projects DROP COLUMN owner_email;

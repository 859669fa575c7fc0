-- case: a NOT NULL domain with a default: PostgreSQL rewrites to check every row
-- expect: add-column-rewrite@8
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE DOMAIN required_text AS text NOT NULL;
ALTER TABLE customers ADD COLUMN locale required_text DEFAULT 'en';

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN locale;
DROP DOMAIN required_text;

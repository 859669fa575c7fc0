-- case: a new column of a domain with a CHECK is verified row by row
-- expect: add-column-rewrite@5, require-lock-timeout@5

CREATE DOMAIN us_postal_code AS text CHECK (VALUE ~ '^[0-9]{5}(-[0-9]{4})?$');
ALTER TABLE addresses ADD COLUMN zip us_postal_code;

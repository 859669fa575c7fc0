-- case: a generated column without STORED is PostgreSQL 18's virtual kind: PostgreSQL 17 stops at the `;` (syntax error); the STORED one parses and rewrites
-- pg-version: 17
-- expect: syntax-error@7, add-column-rewrite@8

SET lock_timeout = '2s';

ALTER TABLE users ADD COLUMN email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2));
ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) STORED;

-- case: UNIQUE constraint and column UNIQUE without USING INDEX
-- expect: unique-without-index@5, unique-without-index@6, lock-held-during-slow-operation@6
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE documents ADD CONSTRAINT documents_body_key UNIQUE (body);
ALTER TABLE customers ADD COLUMN external_id text UNIQUE;

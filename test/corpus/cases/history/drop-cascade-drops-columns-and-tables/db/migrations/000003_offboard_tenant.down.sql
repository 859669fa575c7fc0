-- case: the down creates them again
-- expect: clean
-- tool: golang-migrate
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA tenant_acme;
CREATE TABLE tenant_acme.documents (id bigint PRIMARY KEY, title text);
SET lock_timeout = '2s';
ALTER TABLE organizations ADD COLUMN slug citext;

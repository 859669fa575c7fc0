-- case: CREATE SCHEMA ... AUTHORIZATION with elements: accounts inside is tenant_b.accounts, a new table
-- tool: plain
-- expect: clean

CREATE SCHEMA tenant_b AUTHORIZATION CURRENT_ROLE
  CREATE TABLE accounts (id bigint PRIMARY KEY, name text, parent_id bigint)
  CREATE INDEX accounts_parent_id_idx ON accounts (parent_id)
  CREATE VIEW active_accounts AS SELECT id, name FROM accounts;
SET search_path TO tenant_b;
ALTER TABLE accounts ADD CONSTRAINT accounts_parent_fk FOREIGN KEY (parent_id) REFERENCES accounts (id);
ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE (name);

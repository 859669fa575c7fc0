-- case: the schema element creates tenant_b.accounts, not public.accounts: public.accounts is still pre-existing
-- tool: plain
-- expect: require-lock-timeout@8, unique-without-index@8

CREATE SCHEMA tenant_b
  CREATE TABLE accounts (id bigint PRIMARY KEY, name text);
-- the shared accounts table gets the same constraint
ALTER TABLE accounts ADD CONSTRAINT accounts_name_key UNIQUE (name);

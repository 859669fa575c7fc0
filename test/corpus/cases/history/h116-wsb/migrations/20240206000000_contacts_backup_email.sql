-- case: add a column of the dump's domain with a CHECK: PG rewrites ("rewriting table")
-- expect: require-lock-timeout@6, add-column-rewrite@6
-- tool: plain

SET search_path TO crm, public;
ALTER TABLE contacts ADD COLUMN backup_email email;

-- case: the previous migration's SET TIME ZONE ran in another session: this one converts every value
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN due_at TYPE timestamptz;

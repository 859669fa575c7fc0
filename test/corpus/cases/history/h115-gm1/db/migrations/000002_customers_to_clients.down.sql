-- case: down undoes both renames in the opposite order
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE clients RENAME COLUMN full_name TO name;
ALTER TABLE clients RENAME TO customers;

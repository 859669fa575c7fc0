-- case: two columns dropped in one ALTER TABLE
-- expect: drop-column@5

SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN fax, DROP COLUMN telex;

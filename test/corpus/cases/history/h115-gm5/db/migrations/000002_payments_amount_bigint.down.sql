-- case: down drops the new column and renames the old one back (exact undo, clean)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE payments DROP COLUMN amount;
ALTER TABLE payments RENAME COLUMN amount_int TO amount;

-- case: undo in a subfolder, dropping the column V2 added
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments DROP COLUMN weight_grams;

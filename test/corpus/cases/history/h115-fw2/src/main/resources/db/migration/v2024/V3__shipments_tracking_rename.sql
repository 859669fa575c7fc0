-- case: no U3 anywhere in the location although it holds undo files
-- expect: rename-column@6, missing-rollback@*
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments RENAME COLUMN tracking TO tracking_number;

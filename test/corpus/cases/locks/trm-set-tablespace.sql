-- case: moving a table to another tablespace
-- expect: table-rewrite-maintenance@5

SET lock_timeout = '2s';
ALTER TABLE audit_log SET TABLESPACE archive_hdd;

-- case: make the job queue UNLOGGED for speed, then VACUUM FULL it
-- expect: table-rewrite-maintenance@6, table-rewrite-maintenance@7
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE jobs SET UNLOGGED;
VACUUM FULL jobs;

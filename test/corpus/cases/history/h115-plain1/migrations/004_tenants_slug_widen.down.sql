-- case: plain undo narrows the column again (rewrite)
-- expect: column-type-rewrite@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants ALTER COLUMN slug TYPE varchar(20);

-- case: SET TABLESPACE pg_default of a table V1 created without TABLESPACE: PostgreSQL moves nothing but still takes the AccessExclusiveLock; no rewrite holds the lock on orders longer
-- expect: table-rewrite-maintenance@7
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE customers SET TABLESPACE pg_default;

-- case: REINDEX INDEX of a partitioned index and REINDEX TABLE of the parent; golang-migrate's multi-statement file is one implicit transaction, which PG refuses for partitioned REINDEX
-- expect: require-concurrent-reindex@5, concurrently-in-transaction@5
-- tool: golang-migrate
SET lock_timeout = '2s';
REINDEX TABLE events;

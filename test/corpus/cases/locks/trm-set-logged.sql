-- case: SET LOGGED after a bulk load
-- expect: table-rewrite-maintenance@5

SET lock_timeout = '2s';
ALTER TABLE import_batches SET LOGGED;

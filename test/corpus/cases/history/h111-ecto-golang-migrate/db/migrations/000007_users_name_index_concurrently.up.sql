-- case: golang-migrate (no x-multi-statement) sends the whole file as one query: a lock_timeout line before a concurrent build makes it an implicit transaction block, and the build fails
-- expect: concurrently-in-transaction@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY "users_name_index" ON "users" ("name");

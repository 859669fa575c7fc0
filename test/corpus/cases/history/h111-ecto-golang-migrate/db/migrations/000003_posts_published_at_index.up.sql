-- case: Ecto @disable_ddl_transaction true + @disable_migration_lock true: concurrent build, golang-migrate does not wrap it
-- expect: clean
-- tool: golang-migrate
CREATE INDEX CONCURRENTLY "posts_published_at_index" ON "posts" ("published_at");

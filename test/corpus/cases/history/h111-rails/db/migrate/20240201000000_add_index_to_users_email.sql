-- case: Rails add_index algorithm: :concurrently with disable_ddl_transaction!: no transaction around it
-- expect: clean
-- tool: plain
CREATE UNIQUE INDEX CONCURRENTLY "index_users_on_email" ON "users" ("email");

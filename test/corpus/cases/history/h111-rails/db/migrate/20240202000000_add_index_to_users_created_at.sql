-- case: Rails add_index algorithm: :concurrently but disable_ddl_transaction! forgotten: Rails wraps it and PostgreSQL refuses
-- expect: concurrently-in-transaction@5
-- tool: plain
-- assume-in-transaction: true
CREATE INDEX CONCURRENTLY "index_users_on_created_at" ON "users" ("created_at");

-- case: Rails add_index algorithm: :concurrently without disable_ddl_transaction! (Rails wraps it)
-- expect: concurrently-in-transaction@6
-- tool: plain
-- assume-in-transaction: true

CREATE INDEX CONCURRENTLY index_sessions_on_token ON sessions (token);

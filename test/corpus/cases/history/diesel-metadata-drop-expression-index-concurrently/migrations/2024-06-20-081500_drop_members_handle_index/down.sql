-- case: the down side rebuilds the expression index on the live members table without CONCURRENTLY: a ShareLock
-- case: that blocks writes for the whole build (it may run outside a transaction here, so CONCURRENTLY would work).
-- expect: require-concurrent-index@6, require-lock-timeout@6
-- tool: diesel

CREATE INDEX IF NOT EXISTS members_handle_lower_idx ON members (lower(handle))

-- case: rebuild a bloated index with plain REINDEX (ShareLock on bookings: writes blocked)
-- expect: require-concurrent-reindex@5, require-lock-timeout@5
-- tool: flyway

REINDEX INDEX bookings_customer_id_idx;

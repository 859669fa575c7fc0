-- Maintenance that migrations sometimes run after big changes.

-- category: reindex
REINDEX INDEX CONCURRENTLY orders_account_id_idx;

-- category: reindex
REINDEX TABLE CONCURRENTLY charges;

-- category: reindex
REINDEX INDEX users_email_key;

-- category: reindex
REINDEX (VERBOSE) TABLE public.events;

-- category: reindex
REINDEX (CONCURRENTLY, TABLESPACE fast_ssd) INDEX events_payload_gin;

-- category: reindex
REINDEX SCHEMA CONCURRENTLY audit;

-- category: vacuum
VACUUM (ANALYZE, VERBOSE) orders;

-- category: vacuum
VACUUM FULL import_staging_users;

-- category: vacuum
VACUUM (INDEX_CLEANUP OFF, PARALLEL 4, SKIP_LOCKED) events, sessions;

-- category: analyze
ANALYZE orders;

-- category: analyze
ANALYZE VERBOSE charges (amount_cents, currency);

-- category: cluster
CLUSTER orders USING orders_account_id_idx;

-- category: cluster
CLUSTER (VERBOSE) order_items;

-- category: cluster
ALTER TABLE order_items CLUSTER ON order_items_pkey;

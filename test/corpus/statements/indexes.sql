-- Indexes. On big tables teams build them CONCURRENTLY, one per migration, outside a transaction.

-- category: create-index
CREATE INDEX orders_account_id_idx ON orders (account_id);

-- category: create-index-concurrently
CREATE INDEX CONCURRENTLY IF NOT EXISTS charges_order_id_idx ON charges (order_id);

-- category: create-index-concurrently
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (lower(email));

-- category: create-index-concurrently
CREATE INDEX CONCURRENTLY orders_pending_placed_at_idx
    ON orders (placed_at)
    WHERE status = 'pending';

-- category: create-index
CREATE INDEX events_payload_gin ON events USING gin (payload jsonb_path_ops);

-- category: create-index-concurrently
CREATE INDEX CONCURRENTLY orders_account_id_placed_at_idx
    ON public.orders USING btree (account_id, placed_at DESC NULLS LAST)
    INCLUDE (status, total_cents);

-- category: create-index
CREATE INDEX events_created_at_brin ON events USING brin (created_at) WITH (pages_per_range = 32);

-- category: create-index-concurrently
CREATE INDEX CONCURRENTLY users_display_name_trgm_idx ON users USING gin (display_name gin_trgm_ops);

-- category: create-index
CREATE UNIQUE INDEX accounts_owner_plan_key ON accounts (owner_id, plan) NULLS NOT DISTINCT;

-- category: create-index
CREATE INDEX sessions_token_hash_idx ON sessions USING hash (token);

-- category: create-index
CREATE INDEX IF NOT EXISTS charges_created_at_idx ON charges (created_at) WITH (fillfactor = 70) TABLESPACE fast_ssd;

-- category: create-index-concurrently
CREATE INDEX CONCURRENTLY "orders_lower(carrier)_idx" ON orders ((lower(carrier)), (shipped_at::date));

-- category: create-index
CREATE INDEX events_account_id_idx ON ONLY events (account_id);

-- category: drop-index
DROP INDEX IF EXISTS orders_status_idx;

-- category: drop-index-concurrently
DROP INDEX CONCURRENTLY IF EXISTS charges_legacy_ref_idx;

-- category: alter-index
ALTER INDEX IF EXISTS users_email_key RENAME TO users_email_lower_key;

-- category: alter-index
ALTER INDEX events_account_id_idx ATTACH PARTITION events_2025_01_account_id_idx;

-- category: alter-index
ALTER INDEX orders_account_id_idx SET (fillfactor = 80);

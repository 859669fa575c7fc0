-- Extensions, comments, sequences, domains, row-level security and other odds and ends.

-- category: extension
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- category: extension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

-- category: extension
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions VERSION '1.6' CASCADE;

-- category: extension
ALTER EXTENSION pg_trgm UPDATE TO '1.6';

-- category: comment
COMMENT ON TABLE orders IS 'One row per checkout; line items live in order_items.';

-- category: comment
COMMENT ON COLUMN users.email IS 'Stored lower-cased; see users_normalize_email()';

-- category: comment
COMMENT ON INDEX orders_pending_placed_at_idx IS NULL;

-- category: comment
COMMENT ON FUNCTION order_total(bigint) IS $c$Sum of line items in cents; don't -- call per row$c$;

-- category: sequence
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq AS bigint START WITH 100000 INCREMENT BY 1 CACHE 20;

-- category: sequence
ALTER SEQUENCE invoice_number_seq OWNED BY invoices.number;

-- category: sequence
ALTER SEQUENCE orders_id_seq RESTART WITH 5000000;

-- category: sequence
DROP SEQUENCE IF EXISTS legacy_ticket_seq;

-- category: domain
CREATE DOMAIN email_address AS text
    CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');

-- category: domain
CREATE DOMAIN positive_cents AS bigint NOT NULL DEFAULT 0 CONSTRAINT positive_cents_check CHECK (VALUE >= 0);

-- category: not-valid
ALTER DOMAIN email_address ADD CONSTRAINT email_address_max_length CHECK (length(VALUE) <= 320) NOT VALID;

-- category: validate-constraint
ALTER DOMAIN email_address VALIDATE CONSTRAINT email_address_max_length;

-- category: rls
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;

-- category: rls
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;

-- category: policy
CREATE POLICY accounts_tenant_isolation ON accounts
    AS PERMISSIVE
    FOR ALL
    TO app_user
    USING (id = current_setting('app.current_account_id')::uuid)
    WITH CHECK (id = current_setting('app.current_account_id')::uuid);

-- category: policy
CREATE POLICY orders_read_own ON orders FOR SELECT USING (account_id = current_setting('app.current_account_id', true)::uuid);

-- category: policy
ALTER POLICY orders_read_own ON orders TO app_user, reporting;

-- category: policy
DROP POLICY IF EXISTS orders_read_own ON orders;

-- category: statistics
CREATE STATISTICS IF NOT EXISTS orders_account_status_stats (dependencies, ndistinct) ON account_id, status FROM orders;

-- category: collation
CREATE COLLATION IF NOT EXISTS case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- category: publication
CREATE PUBLICATION orders_cdc FOR TABLE orders, order_items WITH (publish = 'insert, update, delete');

-- category: publication
ALTER PUBLICATION orders_cdc ADD TABLE charges (id, order_id, amount_cents);

-- category: rule
CREATE RULE order_items_log_delete AS ON DELETE TO order_items
    DO ALSO (
        INSERT INTO order_items_deleted (order_id, line_no) VALUES (OLD.order_id, OLD.line_no);
        NOTIFY order_items_changed
    );

-- category: notify
NOTIFY schema_changed, 'orders: added external_ref';

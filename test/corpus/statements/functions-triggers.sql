-- Functions, procedures, triggers and DO blocks. Their bodies are full of `;`.

-- category: plpgsql-function
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- category: dollar-quote-tag
CREATE OR REPLACE FUNCTION accounts_guard_balance() RETURNS trigger AS $body$
BEGIN
    IF NEW.balance < 0 THEN
        RAISE EXCEPTION 'balance of account % would become %; refusing', NEW.id, NEW.balance
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$body$ LANGUAGE plpgsql;

-- category: dollar-quote-tag
CREATE FUNCTION create_monthly_partition(parent regclass, month date) RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    part_name text := format('%s_%s', parent::text, to_char(month, 'YYYY_MM'));
BEGIN
    -- a $$ in this body is just text; so are this ; and this 'quote
    EXECUTE format(
        $q$CREATE TABLE IF NOT EXISTS %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)$q$,
        part_name, parent, month, month + interval '1 month');
    RAISE NOTICE 'created partition %', part_name;
END
$fn$;

-- category: plpgsql-function
CREATE OR REPLACE FUNCTION users_normalize_email() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    v_email text;
BEGIN
    v_email := lower(trim(NEW.email));
    IF v_email !~ '^[^@]+@[^@]+$' THEN
        RAISE EXCEPTION 'invalid email: "%"', NEW.email;
    END IF;
    NEW.email := v_email;
    RETURN NEW;
END
$$;

-- category: sql-standard-body
CREATE OR REPLACE FUNCTION order_total(p_order_id bigint) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(sum(quantity * unit_price * 100), 0)::bigint
    FROM order_items
    WHERE order_id = p_order_id;
END;

-- category: sql-standard-body
CREATE FUNCTION account_status_label(a accounts) RETURNS text
LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN a.is_suspended THEN 'suspended'
        WHEN a.balance = 0 THEN 'empty'
        ELSE 'active'
    END;
END;

-- category: sql-standard-body
CREATE PROCEDURE archive_cancelled_orders(cutoff timestamptz)
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO orders_archive SELECT * FROM orders WHERE status = 'cancelled' AND placed_at < cutoff;
    DELETE FROM orders WHERE status = 'cancelled' AND placed_at < cutoff;
END;

-- category: sql-standard-body
CREATE FUNCTION cents_to_dollars(cents bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    RETURN round(cents / 100.0, 2);

-- category: quoted-body
CREATE OR REPLACE FUNCTION legacy_greeting(name text) RETURNS text AS '
BEGIN
    RETURN ''Hello, '' || name || ''; welcome back!'';
END;
' LANGUAGE plpgsql;

-- category: plpgsql-procedure
CREATE OR REPLACE PROCEDURE backfill_order_external_ref(batch_size integer DEFAULT 5000)
LANGUAGE plpgsql AS $$
DECLARE
    rows_updated integer;
BEGIN
    LOOP
        UPDATE orders SET external_ref = gen_random_uuid()
        WHERE id IN (SELECT id FROM orders WHERE external_ref IS NULL LIMIT batch_size);
        GET DIAGNOSTICS rows_updated = ROW_COUNT;
        EXIT WHEN rows_updated = 0;
        COMMIT;
    END LOOP;
END;
$$;

-- category: call
CALL backfill_order_external_ref(10000);

-- category: do-block
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_readonly') THEN
        CREATE ROLE app_readonly NOLOGIN;
    END IF;
END
$$;

-- category: do-block
DO $migrate$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'events_20%' LOOP
        EXECUTE format('ALTER TABLE %I SET (autovacuum_enabled = false);', r.tablename);
    END LOOP;
END
$migrate$;

-- category: do-block
DO LANGUAGE plpgsql $do$
BEGIN
    ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$do$;

-- category: trigger
CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW
    EXECUTE FUNCTION set_updated_at();

-- category: trigger
CREATE OR REPLACE TRIGGER accounts_guard_balance
    BEFORE INSERT OR UPDATE OF balance ON accounts
    FOR EACH ROW
    WHEN (NEW.balance IS DISTINCT FROM OLD.balance)
    EXECUTE PROCEDURE accounts_guard_balance();

-- category: trigger
CREATE CONSTRAINT TRIGGER order_items_check_total
    AFTER INSERT OR UPDATE ON order_items
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_order_total();

-- category: trigger
CREATE TRIGGER orders_audit
    AFTER INSERT OR UPDATE OR DELETE ON orders
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit.log_order_changes();

-- category: trigger
DROP TRIGGER IF EXISTS users_set_updated_at ON users;

-- category: trigger
ALTER TABLE orders DISABLE TRIGGER orders_audit;

-- category: trigger
ALTER TABLE orders ENABLE ALWAYS TRIGGER orders_audit;

-- category: event-trigger
CREATE EVENT TRIGGER forbid_drop_table ON sql_drop
    WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION audit.forbid_drop();

-- category: alter-function
ALTER FUNCTION users_normalize_email() SET search_path = pg_catalog, public;

-- category: alter-function
ALTER FUNCTION order_total(bigint) OWNER TO app_owner;

-- category: drop-function
DROP FUNCTION IF EXISTS legacy_greeting(text);

-- category: drop-function
DROP PROCEDURE IF EXISTS archive_cancelled_orders(timestamptz) CASCADE;

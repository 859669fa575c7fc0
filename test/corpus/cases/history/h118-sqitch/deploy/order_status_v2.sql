-- case: replace an enum, expand: new type, shadow column, sync trigger
-- tool: sqitch
-- expect: clean

-- Deploy shop:order_status_v2 to pg
-- requires: orders

BEGIN;
SET LOCAL lock_timeout = '2s';

CREATE TYPE order_status_v2 AS ENUM ('pending', 'paid', 'fulfilled', 'cancelled');

ALTER TABLE orders ADD COLUMN status_v2 order_status_v2;

CREATE FUNCTION orders_status_v2_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.status_v2 := CASE NEW.status
        WHEN 'new' THEN 'pending'
        WHEN 'shipped' THEN 'fulfilled'
        ELSE NEW.status::text
    END::order_status_v2;
    RETURN NEW;
END;
$$;

CREATE TRIGGER orders_status_v2_sync
    BEFORE INSERT OR UPDATE OF status ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_status_v2_sync();

COMMIT;

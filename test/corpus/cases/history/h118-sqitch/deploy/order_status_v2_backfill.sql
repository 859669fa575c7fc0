-- case: enum, migrate: batched backfill through the trigger (no transaction)
-- tool: sqitch
-- expect: clean

-- Deploy shop:order_status_v2_backfill to pg
-- requires: order_status_v2

CREATE PROCEDURE orders_backfill_status_v2(batch integer DEFAULT 5000)
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
BEGIN
    LOOP
        UPDATE orders o
           SET status = o.status
         WHERE o.id IN (SELECT id FROM orders WHERE status_v2 IS NULL LIMIT batch);
        GET DIAGNOSTICS n = ROW_COUNT;
        EXIT WHEN n = 0;
        COMMIT;
    END LOOP;
END;
$$;

CALL orders_backfill_status_v2();

DROP PROCEDURE orders_backfill_status_v2(integer);

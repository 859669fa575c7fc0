-- Verify shop:order_status_v2_backfill on pg
SELECT 1;

-- Revert shop:order_status_v2_backfill from pg
SELECT 1;

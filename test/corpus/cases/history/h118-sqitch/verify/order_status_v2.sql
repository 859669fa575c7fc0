-- Verify shop:order_status_v2 on pg
SELECT 1;

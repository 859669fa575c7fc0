-- Verify shop:order_status_v2_swap on pg
SELECT 1;

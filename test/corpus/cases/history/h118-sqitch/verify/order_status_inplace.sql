-- Verify shop:order_status_inplace on pg
SELECT 1;

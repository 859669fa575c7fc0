-- Verify shop:order_status_drop_old on pg
SELECT 1;

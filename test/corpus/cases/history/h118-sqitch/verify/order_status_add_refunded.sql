-- Verify shop:order_status_add_refunded on pg
SELECT 1;

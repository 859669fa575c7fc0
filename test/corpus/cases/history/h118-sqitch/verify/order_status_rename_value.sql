-- Verify shop:order_status_rename_value on pg
SELECT 1;

-- Verify shop:orders on pg
SELECT 1;

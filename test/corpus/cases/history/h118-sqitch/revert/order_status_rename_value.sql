-- case: revert renames the value back
-- tool: sqitch
-- expect: enum-value-change@6

-- Revert shop:order_status_rename_value from pg
ALTER TYPE order_status_v3 RENAME VALUE 'delivered' TO 'fulfilled';

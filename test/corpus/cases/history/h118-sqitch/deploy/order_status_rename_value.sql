-- case: renaming an enum value breaks running code
-- tool: sqitch
-- expect: enum-value-change@8

-- Deploy shop:order_status_rename_value to pg
-- requires: order_status_inplace

ALTER TYPE order_status_v3 RENAME VALUE 'fulfilled' TO 'delivered';

-- case: sqitch add column
-- tool: sqitch
-- expect: require-lock-timeout@8
-- Revert shop:carts_coupon from pg

BEGIN;

ALTER TABLE carts DROP COLUMN coupon;

COMMIT;

-- case: sqitch add column
-- tool: sqitch
-- expect: require-lock-timeout@9
-- Deploy shop:carts_coupon to pg
-- requires: schema

BEGIN;

ALTER TABLE carts ADD COLUMN coupon text;

COMMIT;

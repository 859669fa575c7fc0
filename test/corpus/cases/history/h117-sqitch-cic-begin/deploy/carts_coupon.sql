-- case: CIC in sqitch BEGIN
-- tool: sqitch
-- expect: concurrently-in-transaction@8
-- Deploy shop:carts_coupon to pg

BEGIN;

CREATE INDEX CONCURRENTLY carts_total_idx ON carts (total);

COMMIT;

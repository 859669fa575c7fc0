-- case: SET LOCAL outside a transaction block only warns ("SET LOCAL can only be used in transaction blocks") and sets nothing: the ALTER runs with no lock_timeout
-- expect: require-lock-timeout@4
SET LOCAL lock_timeout = '3s';
ALTER TABLE "shop_order" ADD COLUMN "gift_wrap" boolean NULL;

-- case: SET LOCAL ends with its transaction
-- expect: require-lock-timeout@9

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE carts ADD COLUMN coupon_code text;
COMMIT;

ALTER TABLE carts ADD COLUMN currency text;

-- case: changing defaults with a lock_timeout
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE subscriptions ALTER COLUMN trial_days SET DEFAULT 14;
ALTER TABLE subscriptions ALTER COLUMN coupon_code DROP DEFAULT;

-- case: RESET lock_timeout in the middle: the next blocking statement waits forever again
-- expect: require-lock-timeout@7

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel text;
RESET lock_timeout;
ALTER TABLE orders ADD COLUMN referrer text;

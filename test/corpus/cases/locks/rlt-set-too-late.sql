-- case: lock_timeout set after the first locking statement
-- expect: require-lock-timeout@4

ALTER TABLE payments ADD COLUMN processor text;
SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN processor_reference text;

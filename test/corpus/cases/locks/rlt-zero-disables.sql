-- case: lock_timeout = 0 means wait forever
-- expect: require-lock-timeout@5

SET lock_timeout = 0;
ALTER TABLE customers ADD COLUMN churned_at timestamptz;

-- case: ALTER ROLE ... SET lock_timeout only affects future sessions
-- expect: require-lock-timeout@5

ALTER ROLE CURRENT_USER SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel text;

-- case: lock_timeout explicitly disabled, then an ALTER
-- expect: require-lock-timeout@5

SET lock_timeout = 0;
ALTER TABLE orders ALTER COLUMN state SET DEFAULT 'new';

-- case: SET LOCAL outside a transaction sets nothing
-- expect: require-lock-timeout@5

SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN locale text;

-- case: ADD COLUMN ... json
-- expect: prefer-jsonb@5

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN metadata json;

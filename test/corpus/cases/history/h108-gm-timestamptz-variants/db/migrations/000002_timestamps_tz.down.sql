-- case: back to timestamp in UTC: no rewrite for the unbounded column, a rewrite for the (0) one (typmod coercion)
-- expect: column-type-rewrite@6
-- tool: golang-migrate
SET lock_timeout = '2s';
SET TIME ZONE 'UTC';
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(0);
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamp;

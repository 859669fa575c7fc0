-- case: timeofday() is volatile
-- expect: add-column-rewrite@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN imported_at text DEFAULT timeofday();

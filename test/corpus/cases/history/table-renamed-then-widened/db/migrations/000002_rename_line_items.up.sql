-- case: rename the table (flagged: breaks old code)
-- expect: rename-table@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE line_items RENAME TO order_lines;

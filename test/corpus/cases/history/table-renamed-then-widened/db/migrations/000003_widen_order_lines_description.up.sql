-- case: replay follows the rename: order_lines.description is varchar(100), widening is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE order_lines ALTER COLUMN description TYPE varchar(250);

-- case: SET SESSION lock_timeout TO ...
-- expect: clean

SET SESSION lock_timeout TO '3s';
ALTER TABLE orders ADD COLUMN channel text;

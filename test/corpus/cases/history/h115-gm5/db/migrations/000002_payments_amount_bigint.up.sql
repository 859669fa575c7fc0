-- case: old column renamed away and a new one added under its name (running code keeps a column named amount, but its values vanish: rename-column; the rename only adds amount_int, no mix)
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE payments RENAME COLUMN amount TO amount_int;
ALTER TABLE payments ADD COLUMN amount bigint;

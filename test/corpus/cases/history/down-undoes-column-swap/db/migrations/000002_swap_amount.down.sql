-- case: a swap of two columns is its own inverse: the down repeats the up's three renames (not flagged)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN amount TO amount_old;
ALTER TABLE orders RENAME COLUMN amount_new TO amount;
ALTER TABLE orders RENAME COLUMN amount_old TO amount_new;

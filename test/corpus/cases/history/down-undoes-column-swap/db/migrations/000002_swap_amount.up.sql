SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN amount TO amount_old;
ALTER TABLE orders RENAME COLUMN amount_new TO amount;
ALTER TABLE orders RENAME COLUMN amount_old TO amount_new;

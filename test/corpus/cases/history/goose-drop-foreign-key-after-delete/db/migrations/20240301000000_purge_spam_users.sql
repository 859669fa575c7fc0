-- case: in goose's transaction, dropping the orders -> users foreign key takes an AccessExclusiveLock on users too (PostgreSQL 15), while the purge still holds its row locks
-- tool: goose
-- expect: unbatched-backfill@7

-- +goose Up
SET LOCAL lock_timeout = '2s';
DELETE FROM users WHERE plan = 'spam';
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

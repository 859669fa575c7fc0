SET lock_timeout = '2s';
DROP TRIGGER payments_sync_amount ON payments;
DROP FUNCTION payments_sync_amount();
ALTER TABLE payments DROP COLUMN amount_v2;

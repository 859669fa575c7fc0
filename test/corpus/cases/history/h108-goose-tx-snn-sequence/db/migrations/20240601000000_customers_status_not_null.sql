-- case: the same sequence in goose's transaction: VALIDATE runs under the ADD's AccessExclusiveLock; SET NOT NULL then skips its scan
-- expect: validate-in-same-transaction@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD CONSTRAINT customers_status_nn CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_status_nn;
ALTER TABLE customers ALTER COLUMN status SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_status_nn;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN status DROP NOT NULL;

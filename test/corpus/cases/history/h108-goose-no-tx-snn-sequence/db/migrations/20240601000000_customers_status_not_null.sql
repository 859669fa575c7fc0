-- case: the recommended SET NOT NULL sequence, statement by statement (NO TRANSACTION), PG 12+: clean
-- expect: clean
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE customers ADD CONSTRAINT customers_status_nn CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_status_nn;
ALTER TABLE customers ALTER COLUMN status SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_status_nn;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN status DROP NOT NULL;

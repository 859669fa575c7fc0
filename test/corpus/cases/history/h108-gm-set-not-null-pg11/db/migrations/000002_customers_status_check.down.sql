ALTER TABLE customers DROP CONSTRAINT customers_status_not_null;

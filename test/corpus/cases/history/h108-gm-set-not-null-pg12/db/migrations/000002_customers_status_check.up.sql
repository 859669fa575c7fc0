ALTER TABLE customers ADD CONSTRAINT customers_status_not_null CHECK (status IS NOT NULL) NOT VALID;

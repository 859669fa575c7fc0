ALTER TABLE customers ADD CONSTRAINT customers_name_present CHECK (name IS NOT NULL AND name <> '') NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;

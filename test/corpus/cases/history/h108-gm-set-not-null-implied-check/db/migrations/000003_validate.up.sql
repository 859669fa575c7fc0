ALTER TABLE customers VALIDATE CONSTRAINT customers_name_present;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

-- case: copy rows into a new table
-- expect: clean

CREATE TABLE customer_addresses (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL,
  line1 text NOT NULL,
  city text NOT NULL,
  postal_code text
);
CREATE INDEX customer_addresses_customer_id_idx ON customer_addresses (customer_id);
INSERT INTO customer_addresses (customer_id, line1, city, postal_code)
SELECT id, address_line1, city, postal_code FROM customers WHERE address_line1 IS NOT NULL;

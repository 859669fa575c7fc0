-- case: repeatable view
-- tool: flyway
-- expect: clean
CREATE OR REPLACE VIEW customer_summary AS
  SELECT id, name FROM customer;

-- case: extension and a replaced view
-- expect: clean

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE VIEW active_customers AS
SELECT id, email, created_at
  FROM customers
 WHERE deleted_at IS NULL;

-- case: CREATE TABLE ... AS only reads the source
-- expect: clean

CREATE TABLE archived_orders AS
SELECT * FROM orders WHERE created_at < DATE '2020-01-01';

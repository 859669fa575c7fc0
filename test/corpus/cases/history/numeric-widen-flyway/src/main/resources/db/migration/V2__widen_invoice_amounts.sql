-- case: numeric(10,2) to numeric(14,2) and to unconstrained numeric: no rewrite
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE invoices
    ALTER COLUMN total TYPE NUMERIC(14, 2),
    ALTER COLUMN tax TYPE NUMERIC;

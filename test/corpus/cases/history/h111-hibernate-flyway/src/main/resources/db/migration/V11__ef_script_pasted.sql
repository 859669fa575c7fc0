-- case: an EF Core script (START TRANSACTION ... COMMIT) pasted into a Flyway migration, which Flyway already runs in a transaction
-- expect: transaction-nesting@4
-- tool: flyway
START TRANSACTION;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel VARCHAR(20);
COMMIT;

-- case: START TRANSACTION ... END (END is COMMIT), with a SAVEPOINT
-- expect: clean

START TRANSACTION ISOLATION LEVEL READ COMMITTED;
SET LOCAL lock_timeout = '2s';
SAVEPOINT before_column;
ALTER TABLE orders ADD COLUMN channel text;
RELEASE SAVEPOINT before_column;
END;

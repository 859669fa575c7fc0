-- case: DROP INDEX IF EXISTS in another schema, lock_timeout set
-- expect: require-concurrent-drop-index@5

SET lock_timeout = '5s';
DROP INDEX IF EXISTS billing.invoices_number_idx;

-- case: sqlx wraps the migration in a transaction: the ADD COLUMN's AccessExclusiveLock on invoices is held
-- case: while CREATE TABLE ... AS reads every invoice row into the new summary table, so the application's reads
-- case: and writes of invoices wait for the whole copy (PostgreSQL 15 releases the lock only at commit).
-- case: WITH NO DATA would run no query: not slow.
-- expect: lock-held-during-slow-operation@11
-- tool: sqlx

SET lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN archived boolean;

CREATE TABLE invoice_monthly_totals AS
SELECT date_trunc('month', issued_at) AS month, sum(amount_cents) AS amount_cents
FROM invoices
GROUP BY 1;

-- case: golang-migrate sends the file as one query: the CALL runs in its implicit transaction, so the COMMIT fails
-- expect: transaction-nesting@22
-- tool: golang-migrate

CREATE OR REPLACE PROCEDURE backfill_invoice_currency(batch_size int DEFAULT 5000)
LANGUAGE plpgsql
AS $$
DECLARE
  n int;
BEGIN
  LOOP
    UPDATE invoices SET currency = 'EUR'
    WHERE id IN (SELECT id FROM invoices WHERE currency IS NULL LIMIT batch_size);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END;
$$;

-- run the backfill now
CALL backfill_invoice_currency();

-- case: one directive names two rules; the reason holds colons and commas; above a three-line statement
-- expect: clean

-- sluice-ignore rename-column, require-lock-timeout: per ADR-12: rename done in maintenance window, app stopped
ALTER TABLE
  invoices
  RENAME COLUMN amount_cents TO total_cents;

-- case: a reporting schema built under SET search_path, a snapshot made with SELECT INTO and a schema created
-- case: with its tables in one statement: every index is on a table this migration created
-- expect: clean
-- tool: golang-migrate
CREATE SCHEMA IF NOT EXISTS reporting;
SET search_path TO reporting, public;

CREATE TABLE daily_revenue (
  day date NOT NULL,
  account_id bigint NOT NULL,
  revenue_cents bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX daily_revenue_day_account_idx ON reporting.daily_revenue (day, account_id);

SELECT id, email, created_at INTO TABLE users_snapshot_2026 FROM public.users;
CREATE INDEX users_snapshot_2026_created_at_idx ON users_snapshot_2026 (created_at);

RESET search_path;

CREATE SCHEMA billing
  CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL, total_cents bigint NOT NULL)
  CREATE INDEX invoices_account_id_idx ON invoices (account_id);
CREATE INDEX invoices_total_idx ON billing.invoices (total_cents);

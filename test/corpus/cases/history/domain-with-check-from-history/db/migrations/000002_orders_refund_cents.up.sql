-- case: a column of a constrained domain (created in migration 1) rewrites the table
-- expect: add-column-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN refund_cents positive_cents;

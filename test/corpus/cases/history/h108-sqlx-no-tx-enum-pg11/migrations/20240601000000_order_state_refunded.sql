-- no-transaction
-- case: PG 11, sqlx no-transaction, ADD VALUE alone in the file: it runs outside any transaction block
-- expect: clean
-- tool: sqlx
-- pg-version: 11
ALTER TYPE order_state ADD VALUE 'refunded';

-- no-transaction
-- case: PG 11, sqlx no-transaction with two ADD VALUEs: one query string, an implicit transaction block, which PG 11 refuses
-- expect: enum-value-change@6, enum-value-change@7
-- tool: sqlx
-- pg-version: 11
ALTER TYPE order_state ADD VALUE 'refunded';
ALTER TYPE order_state ADD VALUE 'disputed';

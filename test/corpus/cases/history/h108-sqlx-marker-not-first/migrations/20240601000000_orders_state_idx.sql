-- case: sqlx honours -- no-transaction only at the very start of the file: here it is the third line, so sqlx runs a transaction
-- tool: sqlx
-- no-transaction
-- expect: concurrently-in-transaction@6

CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);

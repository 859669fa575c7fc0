-- case: Diesel run_in_transaction = false, but batch_execute sends up.sql as one query: SET + CIC share an implicit transaction
-- expect: concurrently-in-transaction@5
-- tool: diesel
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);

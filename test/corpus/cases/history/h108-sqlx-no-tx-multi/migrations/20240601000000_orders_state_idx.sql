-- no-transaction
-- case: sqlx no-transaction still sends the file as one query: two concurrent builds share an implicit transaction
-- expect: concurrently-in-transaction@5, concurrently-in-transaction@6
-- tool: sqlx
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);
CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);

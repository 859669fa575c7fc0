-- case: index the referencing column first, concurrently
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY index_orders_on_user_id ON orders (user_id);

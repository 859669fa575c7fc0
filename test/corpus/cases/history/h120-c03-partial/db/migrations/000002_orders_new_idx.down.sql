DROP INDEX IF EXISTS index_orders_on_placed_at_new;

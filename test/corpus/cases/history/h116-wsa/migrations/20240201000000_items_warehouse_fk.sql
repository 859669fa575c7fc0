-- case: FK on a dump-created table whose column has no index in the dump
-- expect: require-lock-timeout@5, constraint-without-not-valid@5, foreign-key-without-index@5
-- tool: plain

ALTER TABLE order_items
    ADD CONSTRAINT order_items_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES warehouses(id);

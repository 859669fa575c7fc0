-- case: FK added in one step: validates every row under ShareRowExclusiveLock on both tables
-- expect: constraint-without-not-valid@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

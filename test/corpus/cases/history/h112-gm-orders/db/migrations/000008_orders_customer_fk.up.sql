-- case: FK NOT VALID; the index from 000007 covers customer_id; no lock_timeout before a ShareRowExclusiveLock
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

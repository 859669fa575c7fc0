-- case: FK on customer_id after its index was dropped in 000010 -> no index; referrer_id FK without index too
-- expect: require-lock-timeout@5, foreign-key-without-index@6, foreign-key-without-index@8
-- tool: golang-migrate

ALTER TABLE orders ADD COLUMN referrer_id bigint;
ALTER TABLE orders ADD CONSTRAINT orders_referrer_id_fkey
    FOREIGN KEY (referrer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

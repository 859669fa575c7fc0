-- case: FK done wrong: validated at once, no index on product_id
-- tool: flyway
-- expect: constraint-without-not-valid@5, foreign-key-without-index@5, require-lock-timeout@5

ALTER TABLE orders ADD CONSTRAINT fk_orders_product
    FOREIGN KEY (product_id) REFERENCES products (id);

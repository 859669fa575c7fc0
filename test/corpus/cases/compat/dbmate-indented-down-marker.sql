-- case: dbmate takes '-- migrate:down' for a marker only at the very start of a line; indented, it is an ordinary
-- case: comment inside the up block. The file then has no down block at all (dbmate 2 refuses to run it: every
-- case: migration must define one), and the up statement the comment interrupts, missing its semicolon, runs on
-- case: into the ALTER meant for the down block: a syntax error.
-- expect: constraint-without-not-valid@8, require-lock-timeout@8, syntax-error@12, missing-rollback@*
-- tool: dbmate
-- migrate:up
ALTER TABLE shop.reviews
    ADD CONSTRAINT reviews_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id),
    ADD CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products (id);

ALTER TABLE shop.wishlists
    ADD CONSTRAINT wishlists_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id)
    -- migrate:down
        ALTER TABLE shop.reviews
        DROP CONSTRAINT reviews_customer_id_fkey,
        DROP CONSTRAINT reviews_product_id_fkey;

ALTER TABLE shop.wishlists
    DROP CONSTRAINT wishlists_customer_id_fkey

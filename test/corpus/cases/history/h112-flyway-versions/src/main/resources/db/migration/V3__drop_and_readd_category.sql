-- case: category_id dropped (takes its index and FK with it) and re-added; the new FK has no index
-- expect: drop-column@6, foreign-key-without-index@8
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE products DROP COLUMN category_id;
ALTER TABLE products ADD COLUMN category_id bigint;
ALTER TABLE products ADD CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id) NOT VALID;

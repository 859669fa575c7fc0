-- case: index then FK in the same Flyway migration
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: flyway

CREATE INDEX products_category_id_idx ON products (category_id);
ALTER TABLE products ADD CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id) NOT VALID;

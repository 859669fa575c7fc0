-- case: dbmate: Up adds a NOT VALID foreign key and validates later; Down drops constraint and column and also truncates categories
-- expect: require-concurrent-index@8, lock-held-during-slow-operation@8, truncate@15
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE products ADD COLUMN category_id bigint;
CREATE INDEX products_category_id_idx ON products (category_id);
ALTER TABLE products ADD CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id) NOT VALID;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE products DROP CONSTRAINT products_category_id_fkey;
ALTER TABLE products DROP COLUMN category_id;
TRUNCATE categories;

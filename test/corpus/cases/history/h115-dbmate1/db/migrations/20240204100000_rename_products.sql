-- case: dbmate: Up renames the table then its column; Down undoes them in the opposite order
-- expect: rename-table@7, rename-column@8
-- tool: dbmate

-- migrate:up
SET lock_timeout = '2s';
ALTER TABLE products RENAME TO catalog_items;
ALTER TABLE catalog_items RENAME COLUMN title TO name;

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE catalog_items RENAME COLUMN name TO title;
ALTER TABLE catalog_items RENAME TO products;

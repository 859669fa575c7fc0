-- case: a snapshot table made by CREATE TABLE AS is new: indexing it is fine
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE orders_archive AS SELECT * FROM orders WHERE placed_at < '2024-01-01';
CREATE INDEX orders_archive_customer_id_idx ON orders_archive (customer_id);
CREATE UNIQUE INDEX orders_archive_id_key ON orders_archive (id);
ALTER TABLE orders_archive ADD CONSTRAINT orders_archive_pkey PRIMARY KEY USING INDEX orders_archive_id_key;

-- case: a temporary table shadows public.staging_orders (pg_temp is searched first); index and truncate are on the temp table
-- tool: plain
-- expect: clean

CREATE TEMP TABLE staging_orders (id bigint, sku text);
CREATE INDEX staging_orders_sku_idx ON staging_orders (sku);
TRUNCATE staging_orders;
DROP TABLE staging_orders;

-- case: PostgreSQL 15-17 syntax on a new table: NULLS NOT DISTINCT, generated virtual-free defaults, MERGE into it
-- expect: clean

CREATE TABLE product_codes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id bigint NOT NULL,
  region text,
  code text NOT NULL,
  UNIQUE NULLS NOT DISTINCT (product_id, region)
);
MERGE INTO product_codes pc
USING (SELECT id AS product_id, NULL::text AS region, sku AS code FROM products) s
   ON pc.product_id = s.product_id AND pc.region IS NOT DISTINCT FROM s.region
 WHEN NOT MATCHED THEN INSERT (product_id, region, code) VALUES (s.product_id, s.region, s.code);

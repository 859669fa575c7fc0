-- case: unquoted names fold to lower case; quoted mixed-case names do not
-- expect: require-concurrent-index@13, require-lock-timeout@13, require-concurrent-index@16
-- tool: golang-migrate

CREATE TABLE "Orders" (id bigint PRIMARY KEY, ref text);
CREATE TABLE Widgets (id bigint PRIMARY KEY, sku text);

-- new tables: fine
CREATE INDEX "Orders_ref_idx" ON "Orders" (ref);
CREATE INDEX widgets_sku_idx ON "widgets" (sku);

-- ORDERS is the old orders table
CREATE INDEX orders_ref_idx
  ON ORDERS (ref);
-- "Widgets" is not the new widgets table
CREATE INDEX "Widgets_sku_idx" ON "Widgets" (sku);

-- +goose Up
CREATE TABLE sales (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, region text NOT NULL, amount numeric(12,2) NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_key ON sales_by_region (region);

-- +goose Down
DROP MATERIALIZED VIEW sales_by_region;
DROP TABLE sales;

CREATE TABLE sales (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sold_at timestamptz NOT NULL,
  amount_cents bigint NOT NULL
);
CREATE MATERIALIZED VIEW daily_sales AS
  SELECT sold_at::date AS day, sum(amount_cents) AS total_cents FROM sales GROUP BY 1;
CREATE UNIQUE INDEX daily_sales_day_key ON daily_sales (day);

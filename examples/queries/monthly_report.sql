-- Not a migration: an analyst's query, never checked by Sluice.
CREATE INDEX report_scratch_idx ON orders (created_at);
SELECT date_trunc('month', created_at) AS month, sum(total_cents) FROM orders GROUP BY 1 ORDER BY 1;

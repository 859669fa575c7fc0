-- An ad-hoc report query, not a migration: Sluice must leave it alone,
-- even though the same statement in a migration would be flagged.
CREATE INDEX report_idx ON orders (total);

SELECT customer_id, sum(total) AS spent
FROM orders
GROUP BY customer_id
ORDER BY spent DESC;

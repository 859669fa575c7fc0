-- Views and materialized views.

-- category: view
CREATE VIEW active_accounts AS
SELECT a.id, a.plan, u.email
FROM accounts a
JOIN users u ON u.id = a.owner_id
WHERE NOT a.is_suspended;

-- category: view
CREATE OR REPLACE VIEW order_summaries WITH (security_invoker = true) AS
WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT o.id,
       o.status,
       t.total,
       rank() OVER (PARTITION BY o.account_id ORDER BY t.total DESC) AS rank_in_account
FROM orders o
LEFT JOIN totals t ON t.order_id = o.id;

-- category: view
CREATE VIEW paid_orders AS
    SELECT * FROM orders WHERE status = 'paid'
    WITH CASCADED CHECK OPTION;

-- category: view
CREATE RECURSIVE VIEW account_hierarchy (id, parent_id, depth) AS
    SELECT id, NULL::uuid, 0 FROM accounts WHERE parent_id IS NULL
    UNION ALL
    SELECT a.id, a.parent_id, h.depth + 1
    FROM accounts a JOIN account_hierarchy h ON a.parent_id = h.id;

-- category: view
ALTER VIEW IF EXISTS order_summaries RENAME TO order_totals;

-- category: view
DROP VIEW IF EXISTS active_accounts CASCADE;

-- category: materialized-view
CREATE MATERIALIZED VIEW daily_revenue AS
SELECT date_trunc('day', created_at) AS day,
       currency,
       sum(amount_cents) FILTER (WHERE NOT refunded) AS revenue_cents
FROM charges
GROUP BY 1, 2
WITH NO DATA;

-- category: materialized-view
CREATE UNIQUE INDEX daily_revenue_day_currency_key ON daily_revenue (day, currency);

-- category: refresh-concurrently
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;

-- category: materialized-view
REFRESH MATERIALIZED VIEW daily_revenue WITH DATA;

-- category: materialized-view
ALTER MATERIALIZED VIEW daily_revenue SET (autovacuum_enabled = false);

-- category: materialized-view
DROP MATERIALIZED VIEW IF EXISTS monthly_signups;

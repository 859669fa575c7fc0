-- Data migrations: backfills in batches, upserts, archiving.

-- category: batched-update
UPDATE orders
SET external_ref = gen_random_uuid()
WHERE id IN (
    SELECT id FROM orders
    WHERE external_ref IS NULL
    ORDER BY id
    LIMIT 5000
    FOR UPDATE SKIP LOCKED
);

-- category: batched-update
UPDATE charges c
SET order_id_new = c.order_id
WHERE c.id BETWEEN 1 AND 100000
  AND c.order_id_new IS NULL;

-- category: batched-update
UPDATE accounts AS a
SET plan = p.new_plan
FROM plan_migrations p
WHERE p.account_id = a.id
  AND a.plan IS DISTINCT FROM p.new_plan;

-- category: batched-update
UPDATE users
SET email = lower(email)
WHERE ctid = ANY (ARRAY(SELECT ctid FROM users WHERE email <> lower(email) LIMIT 1000));

-- category: batched-update
UPDATE accounts
SET metadata = jsonb_set(metadata, '{billing,tax_exempt}', 'false'::jsonb, true)
WHERE metadata #> '{billing,tax_exempt}' IS NULL;

-- category: batched-delete
DELETE FROM events
WHERE id IN (
    SELECT id FROM events
    WHERE created_at < now() - interval '90 days'
    LIMIT 10000
);

-- category: batched-delete
DELETE FROM sessions s
USING users u
WHERE s.user_id = u.id
  AND u.deleted_at IS NOT NULL;

-- category: upsert
INSERT INTO plans (code, name, monthly_price_cents)
VALUES
    ('free', 'Free', 0),
    ('starter', 'Starter', 900),
    ('pro', 'Pro', 4900)
ON CONFLICT (code) DO UPDATE
SET name = EXCLUDED.name,
    monthly_price_cents = EXCLUDED.monthly_price_cents;

-- category: upsert
INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout', false)
ON CONFLICT DO NOTHING;

-- category: upsert
INSERT INTO account_settings AS s (account_id, settings)
SELECT id, '{"theme": "light", "digest": "weekly"}'::jsonb FROM accounts
ON CONFLICT ON CONSTRAINT account_settings_pkey
DO UPDATE SET settings = s.settings || EXCLUDED.settings
WHERE s.settings IS DISTINCT FROM EXCLUDED.settings;

-- category: insert
INSERT INTO users (email, display_name) VALUES ('ops@example.com', 'Ops') RETURNING id;

-- category: insert
INSERT INTO users_archive
SELECT * FROM users WHERE deleted_at < now() - interval '1 year';

-- category: archive-cte
WITH moved AS (
    DELETE FROM orders
    WHERE status = 'canceled' AND placed_at < '2023-01-01'
    RETURNING *
)
INSERT INTO orders_archive
SELECT * FROM moved;

-- category: merge
MERGE INTO account_balances AS b
USING (SELECT account_id, sum(amount_cents) AS delta FROM charges GROUP BY account_id) AS c
ON b.account_id = c.account_id
WHEN MATCHED THEN UPDATE SET balance_cents = b.balance_cents + c.delta
WHEN NOT MATCHED THEN INSERT (account_id, balance_cents) VALUES (c.account_id, c.delta);

-- category: returning-old-new
UPDATE accounts SET plan = 'pro' WHERE plan = 'premium' RETURNING old.plan AS was, new.plan AS now_is;

-- category: sequence-data
SELECT setval('orders_id_seq', (SELECT coalesce(max(id), 1) FROM orders));

-- category: sequence-data
SELECT setval(pg_get_serial_sequence('users', 'id'), 1000000, false);

-- case: LOCK two tables IN SHARE MODE for a consistent copy
-- expect: require-lock-timeout@5

BEGIN;
LOCK TABLE users, orders IN SHARE MODE;
INSERT INTO audit_log (user_id, action)
SELECT o.user_id, 'order-snapshot' FROM orders o JOIN users u ON u.id = o.user_id;
COMMIT;

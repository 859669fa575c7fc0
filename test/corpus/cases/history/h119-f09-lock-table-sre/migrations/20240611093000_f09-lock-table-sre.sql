-- case: LOCK TABLE ... SHARE ROW EXCLUSIVE then a keyed update
-- expect: require-lock-timeout@5

BEGIN;
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;
UPDATE orders SET state = 'cancelled' WHERE id = 7;
COMMIT;

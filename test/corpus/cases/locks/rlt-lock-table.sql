-- case: explicit LOCK TABLE for a data fix
-- expect: require-lock-timeout@5

BEGIN;
LOCK TABLE inventory IN SHARE ROW EXCLUSIVE MODE;
UPDATE inventory SET reserved = 0 WHERE reserved < 0;
COMMIT;

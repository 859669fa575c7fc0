-- case: LOCK TABLE ... ROW EXCLUSIVE (weaker than ShareLock) before a keyed delete
-- expect: clean

BEGIN;
LOCK TABLE sessions IN ROW EXCLUSIVE MODE;
DELETE FROM sessions WHERE id = 99;
COMMIT;

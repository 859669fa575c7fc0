-- case: bare LOCK (default ACCESS EXCLUSIVE) then a keyed delete
-- expect: require-lock-timeout@5, lock-held-during-slow-operation@6

BEGIN;
LOCK sessions;
DELETE FROM sessions WHERE id BETWEEN 1 AND 1000;
COMMIT;

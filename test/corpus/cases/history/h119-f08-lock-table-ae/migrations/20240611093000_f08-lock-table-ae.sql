-- case: LOCK TABLE ... ACCESS EXCLUSIVE then a keyed update
-- expect: require-lock-timeout@5, lock-held-during-slow-operation@6

BEGIN;
LOCK TABLE users IN ACCESS EXCLUSIVE MODE;
UPDATE users SET locale = 'en' WHERE id BETWEEN 1 AND 1000;
COMMIT;

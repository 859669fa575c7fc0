-- case: stray ROLLBACK after autocommitted fixes
-- expect: transaction-nesting@5

UPDATE users SET email = lower(email) WHERE id = 3;
ROLLBACK;

-- case: UPDATE with a correlated WHERE but no batching
-- expect: clean

UPDATE users
SET status = 'inactive'
WHERE NOT EXISTS (
  SELECT 1 FROM orders o WHERE o.user_id = users.id
);

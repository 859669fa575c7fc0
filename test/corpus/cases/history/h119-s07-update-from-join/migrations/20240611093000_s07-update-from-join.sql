-- case: UPDATE ... FROM join, bounded by id range
-- expect: clean

UPDATE orders o
SET currency = CASE u.locale WHEN 'de' THEN 'EUR' ELSE 'USD' END
FROM users u
WHERE o.user_id = u.id
  AND o.currency IS NULL
  AND o.id BETWEEN 1 AND 50000;

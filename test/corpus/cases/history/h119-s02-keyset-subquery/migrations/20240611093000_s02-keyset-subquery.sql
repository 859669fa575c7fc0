-- case: keyset batch: LIMIT in a subquery
-- expect: clean

UPDATE users
SET locale = 'en'
WHERE id IN (
  SELECT id FROM users
  WHERE locale IS NULL
  ORDER BY id
  LIMIT 1000
);

-- case: keyset batch in a CTE with SKIP LOCKED, UPDATE ... FROM
-- expect: clean

WITH batch AS (
  SELECT id
  FROM users
  WHERE locale IS NULL
  ORDER BY id
  LIMIT 1000
  FOR UPDATE SKIP LOCKED
)
UPDATE users u
SET locale = 'en'
FROM batch
WHERE u.id = batch.id;

-- case: UPDATE with no WHERE inside a CTE
-- expect: unbatched-backfill@4

WITH changed AS (
  UPDATE users SET locale = 'en'
  RETURNING id
)
SELECT count(*) FROM changed;

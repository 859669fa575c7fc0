-- case: UPDATE ... FROM join with no WHERE
-- expect: unbatched-backfill@4

UPDATE orders
SET currency = c.code
FROM countries c;

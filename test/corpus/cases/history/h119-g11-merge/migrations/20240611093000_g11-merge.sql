-- case: PostgreSQL 15 MERGE to sync a lookup table
-- expect: clean

MERGE INTO countries c
USING (VALUES ('US', 'United States of America'), ('CA', 'Canada')) AS v(code, name)
ON c.code = v.code
WHEN MATCHED THEN UPDATE SET name = v.name
WHEN NOT MATCHED THEN INSERT (code, name) VALUES (v.code, v.name);

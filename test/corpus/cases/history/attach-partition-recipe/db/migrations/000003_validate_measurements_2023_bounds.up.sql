-- case: step 2: validate it
-- expect: clean
-- tool: golang-migrate

ALTER TABLE measurements_2023 VALIDATE CONSTRAINT measurements_2023_bounds;

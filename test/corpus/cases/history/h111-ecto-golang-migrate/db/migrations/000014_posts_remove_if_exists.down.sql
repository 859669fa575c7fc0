-- expect: clean
-- tool: golang-migrate
SELECT 1;

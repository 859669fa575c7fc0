-- case: TRUNCATE an existing table
-- expect: truncate@4, require-lock-timeout@4

TRUNCATE TABLE sessions;

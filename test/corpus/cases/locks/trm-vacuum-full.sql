-- case: VACUUM FULL in a migration
-- expect: table-rewrite-maintenance@4, require-lock-timeout@4

VACUUM FULL ANALYZE orders;

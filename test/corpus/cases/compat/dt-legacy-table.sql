-- case: DROP TABLE of a table the old release still queries
-- expect: drop-table@4, require-lock-timeout@4

DROP TABLE legacy_sessions;

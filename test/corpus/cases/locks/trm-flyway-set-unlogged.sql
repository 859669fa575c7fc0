-- case: Flyway: SET UNLOGGED to speed up a cache table
-- expect: table-rewrite-maintenance@5, require-lock-timeout@5
-- tool: flyway

ALTER TABLE page_view_counters SET UNLOGGED;

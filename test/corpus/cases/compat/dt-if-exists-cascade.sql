-- case: DROP TABLE IF EXISTS ... CASCADE
-- expect: drop-table@5

SET lock_timeout = '2s';
DROP TABLE IF EXISTS old_reports CASCADE;

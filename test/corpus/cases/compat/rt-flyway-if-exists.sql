-- case: Flyway: ALTER TABLE IF EXISTS ... RENAME TO
-- expect: rename-table@6
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE IF EXISTS customer RENAME TO customers;

-- case: ALTER TABLE ... RENAME TO on a view (PostgreSQL accepts it)
-- expect: rename-table@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE active_users RENAME TO active_members;

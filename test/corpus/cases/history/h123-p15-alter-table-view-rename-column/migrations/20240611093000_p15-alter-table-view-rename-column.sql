-- case: ALTER TABLE works on views too: renaming a view column
-- expect: rename-column@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE active_users RENAME COLUMN email TO email_address;
